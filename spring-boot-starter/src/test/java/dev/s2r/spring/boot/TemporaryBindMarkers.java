/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;

/**
 * TEMPORARY, tests only: tells Spring R2DBC that SingleStore takes {@code ?} markers, so that Spring Boot's
 * {@code DatabaseClient} can be created in these tests. The driver registers its own provider
 * (META-INF/spring.factories of s2r-driver); delete this class and its spring.factories entry once it does.
 */
public final class TemporaryBindMarkers implements BindMarkersFactoryResolver.BindMarkerFactoryProvider {

    /** Created by Spring's factories loader. */
    public TemporaryBindMarkers() {
    }

    @Override
    public BindMarkersFactory getBindMarkers(ConnectionFactory connectionFactory) {
        return "SingleStore".equals(connectionFactory.getMetadata().getName())
            ? BindMarkersFactory.anonymous("?") : null;
    }
}
