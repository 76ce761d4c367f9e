/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.test.SingleStoreServerExtension;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of plain queries against the test server.
 */
@ExtendWith(SingleStoreServerExtension.class)
final class QueryIntegrationTests {

    @Test
    void selectOneReturnsOneRow(ConnectionFactory factory) {
        Mono<Long> value = Mono.usingWhen(factory.create(),
            c -> Mono.from(c.createStatement("SELECT 1").execute())
                .flatMap(r -> Mono.from(r.map((row, md) -> row.get(0, Long.class)))),
            Connection::close);
        StepVerifier.create(value).expectNext(1L).verifyComplete();
    }

    @Test
    void preparedStatementBindsAParameter(ConnectionFactory factory) {
        Flux<String> value = Flux.usingWhen(factory.create(),
            c -> Flux.from(c.createStatement("SELECT CONCAT(?, 'x')").bind(0, "a").execute())
                .flatMap(r -> r.map((row, md) -> row.get(0, String.class))),
            Connection::close);
        StepVerifier.create(value).expectNext("ax").verifyComplete();
    }

    @Test
    void updateCountsAreReported(ConnectionFactory factory) {
        Flux<Long> counts = Flux.usingWhen(factory.create(),
            c -> Flux.from(c.createStatement("CREATE TABLE smoke (id INT PRIMARY KEY, v VARCHAR(20))").execute())
                .flatMap(Result::getRowsUpdated)
                .thenMany(Flux.from(c.createStatement("INSERT INTO smoke VALUES (?, ?), (?, ?)")
                    .bind(0, 1).bind(1, "a").bind(2, 2).bind(3, "b").execute()))
                .flatMap(Result::getRowsUpdated),
            Connection::close);
        StepVerifier.create(counts).expectNext(2L).verifyComplete();
        Flux<String> rows = Flux.usingWhen(factory.create(),
            c -> Flux.from(c.createStatement("SELECT v FROM smoke ORDER BY id").execute())
                .flatMap(r -> r.map((row, md) -> row.get("v", String.class))),
            Connection::close);
        assertThat(rows.collectList().block()).containsExactly("a", "b");
    }
}
