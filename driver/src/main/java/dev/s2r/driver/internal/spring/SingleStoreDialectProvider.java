/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.spring;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.data.r2dbc.dialect.R2dbcDialect;

import java.util.Optional;

/**
 * Gives Spring Data R2DBC's {@link DialectResolver} the SingleStore dialect for SingleStore connection factories.
 * Registered in {@code META-INF/spring.factories}; only Spring's {@code SpringFactoriesLoader} instantiates it.
 */
public final class SingleStoreDialectProvider implements DialectResolver.R2dbcDialectProvider {

    /** For {@code SpringFactoriesLoader}. */
    public SingleStoreDialectProvider() {
    }

    /**
     * @param connectionFactory the application's connection factory
     * @return the SingleStore dialect when the factory makes SingleStore connections, else empty
     */
    @Override
    public Optional<R2dbcDialect> getDialect(ConnectionFactory connectionFactory) {
        return SingleStoreDialect.isSingleStore(connectionFactory)
            ? Optional.of(SingleStoreDialect.INSTANCE) : Optional.empty();
    }
}
