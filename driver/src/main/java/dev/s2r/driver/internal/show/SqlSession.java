/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * What the accessors need from a connection: a way to run SQL text, and the session's string-literal mode.
 */
final class SqlSession {

    private final Function<String, ? extends Publisher<? extends Result>> execute;
    private final BooleanSupplier noBackslashEscapes;

    /**
     * @param execute            runs one SQL statement as text and returns its results
     * @param noBackslashEscapes tells whether the session currently has {@code NO_BACKSLASH_ESCAPES}
     */
    SqlSession(Function<String, ? extends Publisher<? extends Result>> execute, BooleanSupplier noBackslashEscapes) {
        this.execute = execute;
        this.noBackslashEscapes = noBackslashEscapes;
    }

    /**
     * @param value text
     * @return the text as a string literal for the session's current mode
     */
    String literal(String value) {
        return SqlText.literal(value, this.noBackslashEscapes.getAsBoolean());
    }

    /**
     * @param sql    the statement
     * @param mapper maps each row
     * @param <T>    the mapped type
     * @return the mapped rows of every result
     */
    <T> Flux<T> query(String sql, BiFunction<Row, RowMetadata, ? extends T> mapper) {
        return Flux.from(this.execute.apply(sql)).concatMap(result -> result.map(mapper));
    }

    /**
     * @param sql the statement
     * @return completes when the server accepted it
     */
    Mono<Void> run(String sql) {
        return Flux.from(this.execute.apply(sql)).concatMap(Result::getRowsUpdated).then();
    }
}
