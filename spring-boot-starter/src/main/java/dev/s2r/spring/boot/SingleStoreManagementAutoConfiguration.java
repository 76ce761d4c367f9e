/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import dev.s2r.management.SingleStoreManagement;
import dev.s2r.management.SingleStoreManagementBuilder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * The management API client ({@link SingleStoreManagement}) as a bean, when {@code s2r-management} is on the class
 * path and a token is configured: {@code s2r.management.token}, else {@code SINGLESTOREDB_MANAGEMENT_TOKEN} (from
 * the environment or a property of that name). {@code s2r.management.base-url} overrides
 * {@code SINGLESTOREDB_MANAGEMENT_BASE_URL} and the default; the client reads its other
 * {@code SINGLESTOREDB_MANAGEMENT_*} settings from the Spring environment.
 */
@AutoConfiguration
@ConditionalOnClass(SingleStoreManagement.class)
@Conditional(SingleStoreManagementAutoConfiguration.TokenConfigured.class)
public class SingleStoreManagementAutoConfiguration {

    /** Creates the auto-configuration. */
    public SingleStoreManagementAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    SingleStoreManagement singleStoreManagement(Environment environment) {
        SingleStoreManagementBuilder builder = SingleStoreManagement.builder().environment(environment::getProperty);
        String token = environment.getProperty("s2r.management.token");
        if (token != null && !token.isBlank()) {
            builder.token(token);
        }
        String baseUrl = environment.getProperty("s2r.management.base-url");
        if (baseUrl != null && !baseUrl.isBlank()) {
            builder.baseUrl(baseUrl);
        }
        return builder.build();
    }

    /** Either token property. */
    static final class TokenConfigured extends AnyNestedCondition {

        TokenConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty("s2r.management.token")
        static final class Property {
        }

        @ConditionalOnProperty("SINGLESTOREDB_MANAGEMENT_TOKEN")
        static final class Variable {
        }
    }
}
