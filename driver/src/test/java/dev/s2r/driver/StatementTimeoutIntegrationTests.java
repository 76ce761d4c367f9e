/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of {@code Connection.setStatementTimeout}: in {@link StatementTimeoutMode#CLIENT} mode (the mode
 * SingleStore always uses, as it has no server-side limit) a client timer fails the statement and {@code KILL QUERY}
 * from a side connection frees the connection; in {@link StatementTimeoutMode#AUTO} mode on MariaDB the server's
 * {@code max_statement_time} does.
 * <p>
 * The statements sleep for 30 s; each check that the connection answers again allows 10 s, so it can only pass if the
 * sleeping query was stopped.
 */
@SingleStoreTest
final class StatementTimeoutIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static TestDatabase database;
    private static final Duration FREED_WITHIN = Duration.ofSeconds(10);
    private static ConnectionFactory client;
    private static ConnectionFactory auto;

    @BeforeAll
    static void setUp(TestDatabase testDatabase) {
        database = testDatabase;
        client = database.connectionFactory(Map.of("statementTimeoutMode", "client"));
        auto = database.connectionFactory();
        String values = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        testDatabase.execute("CREATE TABLE thousand (i INT PRIMARY KEY)", "INSERT INTO thousand VALUES " + values);
    }

    @Test
    void clientTimerFailsASlowStatementWithATimeoutException() {
        withConnection(client, connection -> StepVerifier.create(sleep(connection, 30))
            .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(R2dbcTimeoutException.class)
                .hasMessageContaining("within PT0.5S"))
            .verify(TIMEOUT));
    }

    @Test
    void clientTimerKillsTheQuerySoTheConnectionAnswersAgainAtOnce() {
        withConnection(client, connection -> {
            StepVerifier.create(sleep(connection, 30)).expectError(R2dbcTimeoutException.class).verify(TIMEOUT);

            StepVerifier.create(select(connection, "SELECT 42")).expectNext(42L).expectComplete()
                .verify(FREED_WITHIN);
        });
    }

    @Test
    void clientTimerLeavesOtherSessionsOfTheServerAlone() {
        withConnection(client, connection -> withConnection(client, other -> {
            StepVerifier.create(sleep(connection, 30)).expectError(R2dbcTimeoutException.class).verify(TIMEOUT);

            StepVerifier.create(select(other, "SELECT COUNT(*) FROM thousand")).expectNext(1000L).expectComplete()
                .verify(FREED_WITHIN);
        }));
    }

    @Test
    void clientTimerDoesNotTouchAStatementAnsweredInTime() {
        withConnection(client, connection -> StepVerifier.create(timed(connection)
                .thenMany(select(connection, "SELECT COUNT(*) FROM thousand")))
            .expectNext(1000L).expectComplete().verify(TIMEOUT));
    }

    @Test
    void clientTimerDoesNotCountASubscriberPausingAfterTheFirstRows() {
        withConnection(client, connection -> StepVerifier.create(timed(connection).thenMany(connection
                    .createStatement("SELECT i FROM thousand ORDER BY i").execute())
                .concatMap(r -> r.map((row, md) -> row.get(0, Integer.class))), 1)
            .expectNext(0)
            .thenAwait(Duration.ofSeconds(1))
            .thenRequest(Long.MAX_VALUE)
            .expectNextCount(999)
            .expectComplete()
            .verify(TIMEOUT));
    }

    @Test
    void clientTimerLetsALaterResultArriveAfterTheDeadlineOnceTheStatementAnswered() {
        ConnectionFactory multi = database.connectionFactory(Map.of("statementTimeoutMode", "client",
            "allowMultiQueries", "true"));
        withConnection(multi, connection -> StepVerifier.create(timed(connection).thenMany(connection
                    .createStatement("SELECT 1; SELECT 2 + SLEEP(1)").execute())
                .concatMap(r -> r.map((row, md) -> row.get(0, Integer.class))))
            .expectNext(1, 2)
            .expectComplete()
            .verify(TIMEOUT));
    }

    @Test
    void clientTimerAppliesToPreparedStatementsToo() {
        withConnection(client, connection -> {
            StepVerifier.create(timed(connection).thenMany(connection.createStatement("SELECT SLEEP(?)").bind(0, 30)
                        .execute())
                    .concatMap(r -> r.map((row, md) -> row.get(0))))
                .expectError(R2dbcTimeoutException.class)
                .verify(TIMEOUT);

            StepVerifier.create(select(connection, "SELECT 7")).expectNext(7L).expectComplete().verify(FREED_WITHIN);
        });
    }

    @Test
    void aZeroTimeoutSwitchesTheClientTimerOff() {
        withConnection(client, connection -> {
            timed(connection).then(Mono.from(connection.setStatementTimeout(Duration.ZERO))).block(TIMEOUT);

            StepVerifier.create(select(connection, "SELECT SLEEP(1) + 1")).expectNext(1L).expectComplete()
                .verify(TIMEOUT);
        });
    }

    @Test
    void autoModeUsesTheServersLimitOnMariaDb() {
        withConnection(auto, connection -> {
            StepVerifier.create(sleep(connection, 30)).expectError(R2dbcTimeoutException.class).verify(TIMEOUT);

            StepVerifier.create(select(connection, "SELECT @@max_statement_time * 1000")).expectNext(500L)
                .expectComplete()
                .verify(FREED_WITHIN);
        });
    }

    /** Sets a 500 ms statement timeout. */
    private static Mono<Void> timed(Connection connection) {
        return Mono.from(connection.setStatementTimeout(Duration.ofMillis(500)));
    }

    /** Runs SLEEP(seconds) after setting a 500 ms statement timeout. */
    private static Flux<Object> sleep(Connection connection, int seconds) {
        return timed(connection).thenMany(connection.createStatement("SELECT SLEEP(" + seconds + ")").execute())
            .concatMap(r -> r.map((row, md) -> row.get(0)));
    }

    private static Flux<Long> select(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute())
            .concatMap(r -> r.map((row, md) -> ((Number) row.get(0)).longValue()));
    }

    private static void withConnection(ConnectionFactory factory, java.util.function.Consumer<Connection> body) {
        Connection connection = Mono.from(factory.create()).block(TIMEOUT);
        try {
            body.accept(connection);
        } finally {
            Mono.from(connection.close()).onErrorResume(e -> Mono.empty()).block(TIMEOUT);
        }
    }
}
