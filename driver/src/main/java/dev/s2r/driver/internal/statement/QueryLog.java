/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.internal.codec.Parameter;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Query logging through the SLF4J logger {@value #LOGGER_NAME}, separate from the driver's other loggers so that it
 * can be switched on alone. At DEBUG every statement is logged when it is sent and when its response ends, with the
 * connection's log prefix, the elapsed time and the outcome. Bound values are logged only when
 * {@code logQueryParameters} is set; the SQL is logged with its bind markers, never with values interpolated.
 */
public final class QueryLog {

    /** The logger's name. */
    public static final String LOGGER_NAME = "dev.s2r.driver.QUERY";

    private static final Logger LOGGER = LoggerFactory.getLogger(LOGGER_NAME);
    private static final int MAX_SQL = 4096;
    private static final int MAX_VALUE = 128;

    private QueryLog() {
    }

    /**
     * @param response   a statement's response, not yet subscribed
     * @param prefix     the connection's log prefix
     * @param sql        the SQL as the application wrote it
     * @param parameters the bound values, or {@code null}
     * @param withValues whether the values may be logged
     * @return the response, logged when DEBUG is on for {@value #LOGGER_NAME} when the statement is executed
     */
    /** @return whether the query log is on (its logger at DEBUG) */
    public static boolean isEnabled() {
        return LOGGER.isDebugEnabled();
    }

    public static Flux<ServerMessage> log(Flux<ServerMessage> response, Supplier<String> prefix, String sql,
                                   Parameter[] parameters, boolean withValues) {
        if (!LOGGER.isDebugEnabled()) {
            return response;
        }
        return Flux.defer(() -> {
            String text = abbreviate(sql, MAX_SQL);
            String values = withValues && parameters != null ? " " + values(parameters) : "";
            LOGGER.debug("{} Executing: {}{}", prefix.get(), text, values);
            Ending ending = new Ending(prefix, text);
            return response.doOnEach(ending::onSignal).doOnCancel(ending::cancelled);
        });
    }

    /** Logs the end of one statement once, before the subscriber sees it, so that the log is in order. */
    private static final class Ending {

        private final Supplier<String> prefix;
        private final String text;
        private final long start = System.nanoTime();
        private volatile int errorCode;
        private final java.util.concurrent.atomic.AtomicBoolean logged = new java.util.concurrent.atomic.AtomicBoolean();

        Ending(Supplier<String> prefix, String text) {
            this.prefix = prefix;
            this.text = text;
        }

        void onSignal(reactor.core.publisher.Signal<ServerMessage> signal) {
            if (signal.isOnNext()) {
                if (signal.get() instanceof ErrorMessage) {
                    this.errorCode = ((ErrorMessage) signal.get()).getCode();
                }
            } else {
                end(signal.isOnComplete() ? "Completed" : "Failed");
            }
        }

        void cancelled() {
            end("Cancelled");
        }

        private void end(String outcome) {
            if (!this.logged.compareAndSet(false, true)) {
                return;
            }
            LOGGER.debug("{} {} in {} ms: {}", this.prefix.get(),
                this.errorCode != 0 ? "Failed with error " + this.errorCode : outcome,
                String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - this.start) / 1e6), this.text);
        }
    }

    /** @return the values as SQL literals, each abbreviated */
    static String values(Parameter[] parameters) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < parameters.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(literal(parameters[i]));
        }
        return out.append(']').toString();
    }

    private static String literal(Parameter parameter) {
        if (parameter.isNull()) {
            return "NULL";
        }
        ByteBuf buffer = Unpooled.buffer();
        try {
            parameter.writeText(buffer, false);
            return abbreviate(buffer.toString(StandardCharsets.UTF_8), MAX_VALUE);
        } finally {
            buffer.release();
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " chars)";
    }
}
