/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.spring;

import dev.s2r.test.TestDatabase;
import org.springframework.boot.r2dbc.OptionsCapableConnectionFactory;

import java.util.Map;

/**
 * {@code spring.r2dbc.url=r2dbc:singlestore://...} with Spring Boot's pooling turned off: the application uses the
 * driver's own connection factory, behind Spring Boot's wrapper that keeps its options.
 */
final class SpringBootUnpooledIntegrationTests extends SpringDataContract {

    @Override
    Map<String, String> properties(TestDatabase database) {
        return Map.of("spring.r2dbc.url", database.url(), "spring.r2dbc.pool.enabled", "false");
    }

    @Override
    Class<?> expectedConnectionFactory() {
        return OptionsCapableConnectionFactory.class;
    }
}
