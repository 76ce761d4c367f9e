/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Makes {@code SINGLESTOREDB_URL} the R2DBC URL when {@code spring.r2dbc.url} is unset: sets
 * {@code spring.r2dbc.url=r2dbc:singlestore:///} (the driver, no host) and passes the value on as the driver's
 * {@code url} option ({@code spring.r2dbc.properties.url}), which accepts every form {@code SINGLESTOREDB_URL} does
 * ({@code user:password@host:port/db}, {@code singlestoredb://...}, {@code mysql://...}, {@code https://...} for the
 * Data API). The variable is read from the Spring environment, so a property of that name works as well. Both
 * properties are added with the lowest precedence: anything the application configures wins.
 */
public final class SingleStoreUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The variable read, as in the SingleStore Python SDK. */
    public static final String VARIABLE = "SINGLESTOREDB_URL";
    /** The name of the property source this adds. */
    public static final String SOURCE_NAME = "s2rSinglestoredbUrl";

    static final String R2DBC_URL = "spring.r2dbc.url";
    static final String DRIVER_URL = "spring.r2dbc.properties.url";
    /** An R2DBC URL that names the driver and no host; R2DBC parses it to {@code driver=singlestore} alone. */
    static final String DRIVER_ONLY = "r2dbc:singlestore:///";

    /** Creates the post-processor Spring Boot instantiates from {@code META-INF/spring.factories}. */
    public SingleStoreUrlEnvironmentPostProcessor() {
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(R2DBC_URL)) {
            return;
        }
        String url = environment.getProperty(VARIABLE);
        if (url == null || url.isBlank()) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME,
            Map.of(R2DBC_URL, DRIVER_ONLY, DRIVER_URL, url.trim())));
    }

    /** @return after the application's configuration files are loaded, so that their {@code spring.r2dbc.url} wins */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
