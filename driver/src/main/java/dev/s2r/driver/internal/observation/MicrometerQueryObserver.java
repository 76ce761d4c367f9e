/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.observation;

import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SignalType;

import java.util.Locale;

/**
 * One Micrometer {@link Observation} named {@value #NAME} per statement, from the subscription of its response to
 * its end, with the low-cardinality keys {@code db.system} ({@code singlestore}), {@code db.operation} (the first
 * SQL keyword) and {@code outcome} ({@code SUCCESS}, {@code ERROR} for a server or connection error,
 * {@code CANCELLED}); the SQL is added as the high-cardinality key {@code db.statement} only when enabled, since it
 * may carry literals. Loaded only when an {@link ObservationRegistry} is configured.
 */
public final class MicrometerQueryObserver {

    /** The observation name. */
    public static final String NAME = "s2r.query";

    private final ObservationRegistry registry;
    private final boolean includeSql;

    private MicrometerQueryObserver(ObservationRegistry registry, boolean includeSql) {
        this.registry = registry;
        this.includeSql = includeSql;
    }

    /**
     * @param registry   an {@link ObservationRegistry}
     * @param includeSql whether to record the SQL text
     * @return the observer
     * @throws IllegalArgumentException when {@code registry} is not an {@link ObservationRegistry}
     */
    public static MicrometerQueryObserver create(Object registry, boolean includeSql) {
        if (!(registry instanceof ObservationRegistry)) {
            throw new IllegalArgumentException("observationRegistry must be an io.micrometer.observation."
                + "ObservationRegistry, got " + registry.getClass().getName());
        }
        return new MicrometerQueryObserver((ObservationRegistry) registry, includeSql);
    }

    /**
     * @param response the messages of a statement's response
     * @param sql      the SQL
     * @return the response, observed
     */
    public Flux<ServerMessage> observe(Flux<ServerMessage> response, String sql) {
        return Flux.defer(() -> {
            Observation observation = Observation.createNotStarted(NAME, this.registry)
                .lowCardinalityKeyValue("db.system", "singlestore")
                .lowCardinalityKeyValue("db.operation", operation(sql))
                .contextualName("s2r " + operation(sql));
            if (this.includeSql) {
                observation.highCardinalityKeyValue("db.statement", sql);
            }
            observation.start();
            boolean[] failed = new boolean[1];
            boolean[] stopped = new boolean[1];
            java.util.function.Consumer<SignalType> stop = signal -> {
                if (!stopped[0]) {
                    stopped[0] = true;
                    String outcome = failed[0] ? "ERROR" : signal == SignalType.CANCEL ? "CANCELLED" : "SUCCESS";
                    observation.lowCardinalityKeyValue("outcome", outcome);
                    observation.stop();
                }
            };
            // stopped before the signal travels on, so the observation is complete when the caller sees the end
            return response
                .doOnNext(message -> {
                    if (message instanceof ErrorMessage) {
                        failed[0] = true;
                    }
                })
                .doOnComplete(() -> stop.accept(SignalType.ON_COMPLETE))
                .doOnError(error -> {
                    failed[0] = true;
                    observation.error(error);
                    stop.accept(SignalType.ON_ERROR);
                })
                .doOnCancel(() -> stop.accept(SignalType.CANCEL));
        });
    }

    static String operation(String sql) {
        int start = 0;
        while (start < sql.length() && (Character.isWhitespace(sql.charAt(start)) || sql.charAt(start) == '(')) {
            start++;
        }
        int end = start;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return end > start ? sql.substring(start, end).toUpperCase(Locale.ROOT) : "UNKNOWN";
    }
}
