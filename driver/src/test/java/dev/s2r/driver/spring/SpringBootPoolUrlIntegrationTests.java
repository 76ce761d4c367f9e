/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.spring;

import dev.s2r.test.TestDatabase;
import io.r2dbc.pool.ConnectionPool;

import java.util.Map;

/**
 * {@code spring.r2dbc.url=r2dbc:pool:singlestore://...?maxSize=4} alone: r2dbc-pool reads its options from the URL
 * and wraps the driver's factory, whose metadata it reports.
 */
final class SpringBootPoolUrlIntegrationTests extends SpringDataContract {

    @Override
    Map<String, String> properties(TestDatabase database) {
        String url = database.url().replaceFirst("^r2dbc:singlestore:", "r2dbc:pool:singlestore:");
        return Map.of("spring.r2dbc.url", url + (url.contains("?") ? "&" : "?") + "maxSize=4");
    }

    @Override
    Class<?> expectedConnectionFactory() {
        return ConnectionPool.class;
    }
}
