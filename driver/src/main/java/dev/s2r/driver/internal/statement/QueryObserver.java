/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.internal.message.server.ServerMessage;
import reactor.core.publisher.Flux;

/**
 * Observes the response of each statement: the seam for metrics and tracing. The default does nothing; the
 * Micrometer implementation is loaded only when an {@code ObservationRegistry} is configured, so Micrometer stays an
 * optional dependency.
 */
public interface QueryObserver {

    /** Observes nothing. */
    QueryObserver NONE = (response, sql) -> response;

    /**
     * @param response the messages of one statement's response, not yet subscribed
     * @param sql      the SQL
     * @return the response, observed from subscription to termination or cancellation
     */
    Flux<ServerMessage> observe(Flux<ServerMessage> response, String sql);

    /**
     * @param settings the connection settings
     * @return the observer for them
     */
    static QueryObserver of(Settings settings) {
        Object registry = settings.get(SingleStoreOptions.OBSERVATION_REGISTRY);
        if (registry == null) {
            return NONE;
        }
        return dev.s2r.driver.internal.observation.MicrometerQueryObserver.create(registry,
            settings.get(SingleStoreOptions.OBSERVATION_INCLUDE_SQL))::observe;
    }
}
