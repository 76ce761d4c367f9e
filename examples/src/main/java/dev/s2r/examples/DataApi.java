/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.Result;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

/**
 * The driver over SingleStore's Data API (SQL over HTTPS): the same R2DBC code as over the MySQL protocol, with a
 * {@code r2dbc:singlestore:https://} URL. docs/data-api.md shows these methods' marked regions, checked by
 * {@code ReadmeSnippetsTests}.
 */
public final class DataApi {

    private DataApi() {
    }

    /**
     * Inserts rows with several bindings of one statement, then streams the rows of a bound query.
     *
     * @param url a Data API URL, {@code r2dbc:singlestore:https://user:password@host/db}
     * @return the names of the animals with more than two legs
     */
    static Flux<String> insertAndQuery(String url) {
        // snippet:query
        ConnectionFactory factory = ConnectionFactories.get(url); // "r2dbc:singlestore:https://user:password@host/db"

        Flux<String> names = Flux.usingWhen(factory.create(),
            connection -> Flux.from(connection.createStatement("INSERT INTO animals VALUES (:name, :legs)")
                    .bind("name", "ant").bind("legs", 6).add()
                    .bind("name", "owl").bind("legs", 2)
                    .execute())                               // one request per binding, one result each
                .flatMap(Result::getRowsUpdated)
                .thenMany(connection.createStatement("SELECT name FROM animals WHERE legs > :legs")
                    .bind("legs", 2)
                    .execute())                               // rows stream as the answer arrives
                .flatMap(result -> result.map((row, metadata) -> row.get("name", String.class))),
            Connection::close);
        // end-snippet
        return names;
    }

    /**
     * Shows what a transaction does over the Data API: it is refused, with an error that says why.
     *
     * @param url a Data API URL
     * @return the refusal's message
     */
    static Mono<String> transactionRefused(String url) {
        ConnectionFactory factory = ConnectionFactories.get(url);
        // snippet:session
        Mono<String> refused = Mono.usingWhen(factory.create(),
            connection -> Mono.from(connection.beginTransaction()).thenReturn("began")
                .onErrorResume(R2dbcNonTransientResourceException.class, e -> Mono.just(e.getMessage())),
            Connection::close);
        // "A transaction needs a session, and the Data API keeps none between requests ..."
        // end-snippet
        return refused;
    }

    /**
     * Runs both examples.
     *
     * @param url a Data API URL of a database with an {@code animals (name, legs)} table
     * @return the names, then the refusal's message
     */
    static List<String> run(String url) {
        return insertAndQuery(url).concatWith(transactionRefused(url)).collectList()
            .block(Duration.ofSeconds(60));
    }
}
