/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.time.Duration;

/**
 * The {@code singlestore} health indicator ({@link SingleStoreHealthIndicator}) for the application's
 * {@link ConnectionFactory}, when Spring Boot's health support is on the class path; off with
 * {@code management.health.singlestore.enabled=false}. {@code s2r.health.timeout} bounds a check (10 s).
 */
@AutoConfiguration(after = R2dbcAutoConfiguration.class)
@ConditionalOnClass({ReactiveHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class, ConnectionFactory.class})
@ConditionalOnSingleCandidate(ConnectionFactory.class)
@ConditionalOnEnabledHealthIndicator("singlestore")
public class SingleStoreHealthAutoConfiguration {

    /** Creates the auto-configuration. */
    public SingleStoreHealthAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(name = "singlestoreHealthIndicator")
    SingleStoreHealthIndicator singlestoreHealthIndicator(ConnectionFactory factory, Environment environment) {
        return new SingleStoreHealthIndicator(factory,
            environment.getProperty("s2r.health.timeout", Duration.class, Duration.ofSeconds(10)));
    }
}
