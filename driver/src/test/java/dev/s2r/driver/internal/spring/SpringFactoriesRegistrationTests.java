/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.spring;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring finds the driver's dialect and bind markers through {@code META-INF/spring.factories} for the connection
 * factories the driver makes, pooled or not, and leaves other databases' factories alone. Nothing connects: the
 * factories are only asked for their metadata.
 */
final class SpringFactoriesRegistrationTests {

    private static final ConnectionFactory SINGLESTORE =
        ConnectionFactories.get("r2dbc:singlestore://app@localhost/app");

    @Test
    void springDataResolvesTheSingleStoreDialectForTheDriversFactory() {
        assertThat(SINGLESTORE.getMetadata().getName()).isEqualTo(SingleStoreBindMarkersProvider.METADATA_NAME);
        assertThat(DialectResolver.getDialect(SINGLESTORE)).isSameAs(SingleStoreDialect.INSTANCE);
    }

    @Test
    void springResolvesQuestionMarkBindMarkersForTheDriversFactory() {
        assertThat(BindMarkersFactoryResolver.resolve(SINGLESTORE).create().next().getPlaceholder()).isEqualTo("?");
    }

    @Test
    void aPoolOfTheDriversConnectionsGetsTheSameDialectAndBindMarkers() {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(SINGLESTORE).build());
        try {
            assertThat(DialectResolver.getDialect(pool)).isSameAs(SingleStoreDialect.INSTANCE);
            assertThat(BindMarkersFactoryResolver.resolve(pool).create().next().getPlaceholder()).isEqualTo("?");
        } finally {
            pool.disposeLater().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void aPoolFromAPoolUrlGetsTheSingleStoreDialect() {
        ConnectionFactory pooled = ConnectionFactories.get("r2dbc:pool:singlestore://app@localhost/app?maxSize=2");
        try {
            assertThat(DialectResolver.getDialect(pooled)).isSameAs(SingleStoreDialect.INSTANCE);
        } finally {
            ((ConnectionPool) pooled).disposeLater().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void anotherDatabasesFactoryIsLeftToSpring() {
        ConnectionFactory mysql = new NamedFactory("MySQL");

        assertThat(new SingleStoreDialectProvider().getDialect(mysql)).isEmpty();
        assertThat(new SingleStoreBindMarkersProvider().getBindMarkers(mysql)).isNull();
        assertThat(DialectResolver.getDialect(mysql)).isNotInstanceOf(SingleStoreDialect.class);
    }

    /** A factory that only reports a name, as a wrapper of another database's factory would. */
    private static final class NamedFactory implements ConnectionFactory {

        private final String name;

        NamedFactory(String name) {
            this.name = name;
        }

        @Override
        public Publisher<? extends io.r2dbc.spi.Connection> create() {
            throw new UnsupportedOperationException("not connected in these tests");
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return () -> name;
        }
    }
}
