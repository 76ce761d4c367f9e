/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Option;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code sessionVariables} and {@code initSql}: the session is prepared before the connection is handed out.
 */
@SingleStoreTest
final class SessionInitIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void sessionVariablesAreSetOnEveryNewConnection(TestDatabase database) {
        ConnectionFactory factory = factory(database, Map.of("sessionVariables",
            "wait_timeout=1234, sql_mode='ANSI_QUOTES'"));

        StepVerifier.create(select(factory, "SELECT CONCAT(@@wait_timeout, '/', @@sql_mode)"))
            .expectNext("1234/ANSI_QUOTES")
            .expectComplete()
            .verify(TIMEOUT);
    }

    @Test
    void sessionVariablesAreInForceBeforeTheDriverReadsTheSession(TestDatabase database) {
        database.execute("CREATE TABLE backslashes (v VARCHAR(10))");
        ConnectionFactory factory = factory(database, Map.of("useServerPrepStmts", "false",
            "sessionVariables", "sql_mode='NO_BACKSLASH_ESCAPES'"));

        StepVerifier.create(Mono.usingWhen(factory.create(),
                c -> Flux.from(c.createStatement("INSERT INTO backslashes VALUES (?)").bind(0, "a\\b'c").execute())
                    .flatMap(r -> r.getRowsUpdated()).then(first(c, "SELECT v FROM backslashes")),
                Connection::close))
            .expectNext("a\\b'c")
            .expectComplete()
            .verify(TIMEOUT);
    }

    @Test
    void sessionVariablesAndInitSqlAreAppliedAgainAfterAReset(TestDatabase database) {
        ConnectionFactory factory = factory(database, Map.of("initSql", "SET @greeting = 'hello'",
            "sessionVariables", "wait_timeout=77"));

        StepVerifier.create(Mono.usingWhen(factory.create(),
                c -> Mono.from(((dev.s2r.driver.api.SingleStoreConnection) c).resetConnection())
                    .then(first(c, "SELECT CONCAT(@greeting, ' ', @@SESSION.wait_timeout)")),
                Connection::close))
            .expectNext("hello 77")
            .expectComplete()
            .verify(TIMEOUT);
    }

    @Test
    void anUnknownSessionVariableFailsTheConnectionWithTheServersError(TestDatabase database) {
        ConnectionFactory factory = factory(database, Map.of("sessionVariables", "no_such_variable=1"));

        StepVerifier.create(factory.create())
            .expectErrorSatisfies(e -> assertThat(((R2dbcException) e).getErrorCode()).isEqualTo(1193))
            .verify(TIMEOUT);
    }

    @Test
    void initSqlRunsAfterTheSessionIsSetUp(TestDatabase database) {
        ConnectionFactory factory = factory(database, Map.of("initSql", "SET @greeting = CONCAT('hello ', @@wait_timeout)",
            "sessionVariables", "wait_timeout=77"));

        StepVerifier.create(select(factory, "SELECT @greeting"))
            .expectNext("hello 77")
            .expectComplete()
            .verify(TIMEOUT);
    }

    @Test
    void aFailingInitSqlFailsTheConnection(TestDatabase database) {
        ConnectionFactory factory = factory(database, Map.of("initSql", "SELEKT 1"));

        StepVerifier.create(factory.create())
            .expectError(R2dbcBadGrammarException.class)
            .verify(TIMEOUT);
    }

    @Test
    void aMalformedSessionVariablesValueIsRejectedNamingTheOption(TestDatabase database) {
        assertThatThrownBy(() -> factory(database, Map.of("sessionVariables", "wait_timeout=1; DROP TABLE x")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'sessionVariables'");
    }

    private static ConnectionFactory factory(TestDatabase database, Map<String, String> options) {
        return database.connectionFactory(options);
    }

    private static Mono<String> select(ConnectionFactory factory, String sql) {
        return Mono.usingWhen(factory.create(), c -> first(c, sql), Connection::close);
    }

    private static Mono<String> first(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute())
            .concatMap(r -> r.map((row, md) -> row.get(0, String.class))).single();
    }
}
