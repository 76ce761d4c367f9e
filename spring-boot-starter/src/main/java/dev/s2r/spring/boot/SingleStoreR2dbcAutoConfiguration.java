/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import dev.s2r.driver.api.SingleStoreOptions;
import io.micrometer.observation.ObservationRegistry;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Passes the application's Micrometer {@link ObservationRegistry} to the driver ({@code observationRegistry}
 * option), so that every statement on a connection Spring Boot's R2DBC auto-configuration creates is observed.
 * Applies when Micrometer's observation API and Spring Boot's R2DBC support are on the class path, unless
 * {@code s2r.r2dbc.observations.enabled=false}; a connection of another driver is left as it is.
 */
@AutoConfiguration(before = R2dbcAutoConfiguration.class)
@ConditionalOnClass({ConnectionFactoryOptionsBuilderCustomizer.class, ObservationRegistry.class})
@ConditionalOnProperty(name = "s2r.r2dbc.observations.enabled", matchIfMissing = true)
public class SingleStoreR2dbcAutoConfiguration {

    /** Creates the auto-configuration. */
    public SingleStoreR2dbcAutoConfiguration() {
    }

    /**
     * @param registry the application's registry, when it has one when the connection factory is created
     * @return the customizer setting the driver's {@code observationRegistry} option
     */
    @Bean
    ConnectionFactoryOptionsBuilderCustomizer s2rObservationRegistryCustomizer(
            ObjectProvider<ObservationRegistry> registry) {
        return builder -> {
            Object driver = builder.build().getValue(ConnectionFactoryOptions.DRIVER);
            ObservationRegistry available = registry.getIfAvailable();
            if (available != null && "singlestore".equals(String.valueOf(driver))) {
                builder.option(SingleStoreOptions.OBSERVATION_REGISTRY, available);
            }
        };
    }
}
