/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.spring;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;

/**
 * Gives Spring R2DBC's {@link BindMarkersFactoryResolver} (behind {@code DatabaseClient}) the driver's bind markers
 * for SingleStore connection factories: anonymous {@code ?}, as for MySQL. Registered in
 * {@code META-INF/spring.factories}; only Spring's {@code SpringFactoriesLoader} instantiates it.
 */
public final class SingleStoreBindMarkersProvider implements BindMarkersFactoryResolver.BindMarkerFactoryProvider {

    /** For {@code SpringFactoriesLoader}. */
    public SingleStoreBindMarkersProvider() {
    }

    /**
     * @param connectionFactory the application's connection factory
     * @return anonymous {@code ?} markers when the factory makes SingleStore connections, else {@code null}
     */
    @Override
    public BindMarkersFactory getBindMarkers(ConnectionFactory connectionFactory) {
        return SingleStoreDialect.isSingleStore(connectionFactory)
            ? SingleStoreDialect.INSTANCE.getBindMarkersFactory() : null;
    }
}
