/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.r2dbc.spi.Result;
import reactor.core.publisher.Flux;

import java.lang.reflect.Field;

/**
 * The protocol messages behind a driver {@link Result}: column definitions, text rows, OK and ERR, with the
 * driver's demand-driven reading intact.
 *
 * <p>The Data API server needs two things the R2DBC API does not give: the columns of a result set without rows
 * (the real service answers {@code "columns"} for an empty result), and the engine's exact text of each value (a
 * DOUBLE as the engine wrote it, not as Java prints it). Both are in the messages the driver's
 * {@code SingleStoreResult} decodes its rows from, which this class reads from the result's private field: the one
 * place the server depends on the driver's internals. Tests run on the class path, where this reflection is allowed.
 */
final class DriverResults {

    private static final Field MESSAGES;
    private static final Field COUNT;

    static {
        try {
            Class<?> type = Class.forName("dev.s2r.driver.SingleStoreResult");
            MESSAGES = type.getDeclaredField("messages");
            MESSAGES.setAccessible(true);
            COUNT = type.getDeclaredField("count");
            COUNT.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The driver's SingleStoreResult no longer has the fields 'messages' and "
                + "'count' that DataApiServer reads", e);
        }
    }

    private DriverResults() {
    }

    /**
     * @param result a result of the s2r driver, neither filtered nor asked for generated keys
     * @return its messages; each row message must be released by the subscriber
     */
    @SuppressWarnings("unchecked")
    static Flux<ServerMessage> messages(Result result) {
        try {
            Flux<ServerMessage> messages = (Flux<ServerMessage>) MESSAGES.get(result);
            if (messages != null) {
                return messages;
            }
            OkMessage count = (OkMessage) COUNT.get(result);
            if (count != null) {
                return Flux.just(count);
            }
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new IllegalStateException("Not a result of the s2r driver: " + result, e);
        }
        throw new IllegalStateException("A filtered result, or one with generated keys: " + result);
    }
}
