/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.spring;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;

/**
 * Gives Spring R2DBC's {@link BindMarkersFactoryResolver} (behind {@code DatabaseClient}) the driver's bind markers
 * for SingleStore connection factories: anonymous {@code ?}, as for MySQL. Registered in
 * {@code META-INF/spring.factories}; only Spring's {@code SpringFactoriesLoader} instantiates it. It needs Spring
 * R2DBC only (an application with {@code spring-r2dbc} and without Spring Data R2DBC), so it refers to nothing of
 * Spring Data.
 */
public final class SingleStoreBindMarkersProvider implements BindMarkersFactoryResolver.BindMarkerFactoryProvider {

    /** The name of the driver's {@code ConnectionFactoryMetadata}. */
    static final String METADATA_NAME = "SingleStore";

    /** For {@code SpringFactoriesLoader}. */
    public SingleStoreBindMarkersProvider() {
    }

    /**
     * @param connectionFactory the application's connection factory
     * @return anonymous {@code ?} markers when the factory makes SingleStore connections, else {@code null}
     */
    @Override
    public BindMarkersFactory getBindMarkers(ConnectionFactory connectionFactory) {
        return isSingleStore(connectionFactory) ? BindMarkersFactory.anonymous("?") : null;
    }

    /**
     * @param connectionFactory a connection factory, pooled or not
     * @return whether it makes SingleStore connections: its metadata (which r2dbc-pool and Spring Boot's wrappers
     *     report from the driver's) is named {@code SingleStore}
     */
    static boolean isSingleStore(ConnectionFactory connectionFactory) {
        return METADATA_NAME.equalsIgnoreCase(connectionFactory.getMetadata().getName());
    }
}
