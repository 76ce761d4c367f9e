/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.spring;

import dev.s2r.test.TestDatabase;
import io.r2dbc.pool.ConnectionPool;

import java.util.Map;

/**
 * {@code spring.r2dbc.url=r2dbc:singlestore://...} alone, as in an application's configuration: Spring Boot pools
 * the driver's factory with r2dbc-pool (on the class path).
 */
final class SpringBootUrlIntegrationTests extends SpringDataContract {

    @Override
    Map<String, String> properties(TestDatabase database) {
        return Map.of("spring.r2dbc.url", database.url());
    }

    @Override
    Class<?> expectedConnectionFactory() {
        return ConnectionPool.class;
    }
}
