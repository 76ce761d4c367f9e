/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import dev.s2r.test.TestUser;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Map;

import static dev.s2r.driver.test.Throwables.stackTrace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input fails fast, with the documented exception, without leaking secrets, and without breaking the
 * connection it happened on.
 */
@SingleStoreTest
class BadInputIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String SECRET = "Sup3r-S3cret-Pw";

    @BeforeAll
    static void createDigits(TestDatabase database) {
        database.execute(
            "CREATE TABLE digits (d INT NOT NULL PRIMARY KEY)",
            "INSERT INTO digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
    }

    @Test
    void unknownUrlOptionIsRejectedByName() {
        String url = "r2dbc:singlestore://app:" + SECRET + "@localhost:3306/db?noSuchOption=true";

        assertThatThrownBy(() -> ConnectionFactories.get(url))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("noSuchOption")
            .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sslMode=SOMETIMES", "useServerPrepStmts=maybe", "allowMultiQueries=perhaps",
        "connectTimeout=soon", "prepareCacheSize=many"})
    void malformedOptionValueIsRejectedNamingTheOption(String option) {
        String name = option.substring(0, option.indexOf('='));
        String url = "r2dbc:singlestore://app:" + SECRET + "@localhost:3306/db?" + option;

        assertThatThrownBy(() -> ConnectionFactories.get(url))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(name)
            .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
    }

    @Test
    void bindingAnUnsupportedTypeFailsBeforeAnythingIsSent(ConnectionFactory factory) {
        Flux.usingWhen(factory.create(),
                connection -> {
                    Statement statement = connection.createStatement("SELECT ?");
                    assertThatThrownBy(() -> statement.bind(0, new Object()))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(Object.class.getName());
                    return selectOne(connection);
                },
                Connection::close)
            .as(StepVerifier::create)
            .expectNext(1L)
            .verifyComplete();
    }

    @Test
    void wrongPasswordIsPermissionDenied(TestDatabase database) {
        TestUser user = database.server().nativePasswordUser();
        ConnectionFactory factory = ConnectionFactories.get(
            database.server().url(new TestUser(user.name(), SECRET), null, Map.of()));

        Mono.from(factory.create())
            .as(StepVerifier::create)
            .expectErrorSatisfies(e -> {
                assertThat(e).isInstanceOf(R2dbcPermissionDeniedException.class);
                assertThat(stackTrace(e)).doesNotContain(SECRET);
            })
            .verify(TIMEOUT);
    }

    @Test
    void rightPasswordOfTheSecondAccountConnects(TestDatabase database) {
        ConnectionFactory factory = ConnectionFactories.get(
            database.server().url(database.server().nativePasswordUser(), null, Map.of()));

        Flux.usingWhen(factory.create(), BadInputIntegrationTests::selectOne, Connection::close)
            .as(StepVerifier::create)
            .expectNext(1L)
            .verifyComplete();
    }

    @Test
    void badSqlIsBadGrammarAndTheConnectionStaysUsable(ConnectionFactory factory) {
        Flux.usingWhen(factory.create(),
                connection -> Flux.from(connection.createStatement("SELEC 1").execute())
                    .concatMap(Result::getRowsUpdated)
                    .then(Mono.<Long>error(new AssertionError("SELEC 1 did not fail")))
                    .onErrorResume(R2dbcBadGrammarException.class, e -> selectOne(connection).single()),
                Connection::close)
            .as(StepVerifier::create)
            .expectNext(1L)
            .verifyComplete();
    }

    @Test
    void serverKillingTheConnectionMidResultFailsTheSubscriber(ConnectionFactory factory) {
        Connection victim = Mono.from(factory.create()).block(TIMEOUT);
        try {
            long connectionId = connectionId(victim);

            Flux.from(victim.createStatement(bigResult()).execute())
                .concatMap(result -> result.map((row, metadata) -> row.get(0)))
                .as(flux -> StepVerifier.create(flux, 1))
                .expectNextCount(1)
                .then(() -> kill(factory, connectionId))
                .thenRequest(Long.MAX_VALUE)
                .thenConsumeWhile(row -> true)
                .expectError(R2dbcNonTransientResourceException.class)
                .verify(TIMEOUT);
        } finally {
            Mono.from(victim.close()).onErrorResume(e -> Mono.empty()).block(TIMEOUT);
        }
    }

    @Test
    void connectionKilledByTheServerIsNoLongerValid(ConnectionFactory factory) {
        Connection victim = Mono.from(factory.create()).block(TIMEOUT);
        try {
            kill(factory, connectionId(victim));

            Flux.from(victim.createStatement("SELECT 1").execute())
                .concatMap(result -> result.map((row, metadata) -> row.get(0)))
                .onErrorResume(e -> Mono.empty())
                .thenMany(Mono.from(victim.validate(ValidationDepth.REMOTE)))
                .as(StepVerifier::create)
                .expectNext(false)
                .verifyComplete();
        } finally {
            Mono.from(victim.close()).onErrorResume(e -> Mono.empty()).block(TIMEOUT);
        }
    }

    @Test
    void connectionKilledDuringATransactionFailsTheNextStatementAndCommitsNothing(ConnectionFactory factory,
                                                                               TestDatabase database) {
        database.execute("CREATE TABLE IF NOT EXISTS killed_tx (i INT PRIMARY KEY) ENGINE=InnoDB");
        Connection victim = Mono.from(factory.create()).block(TIMEOUT);
        try {
            long connectionId = connectionId(victim);
            Mono.from(victim.beginTransaction())
                .thenMany(victim.createStatement("INSERT INTO killed_tx VALUES (1)").execute())
                .flatMap(result -> result.getRowsUpdated())
                .blockLast(TIMEOUT);

            kill(factory, connectionId);

            StepVerifier.create(Flux.from(victim.createStatement("INSERT INTO killed_tx VALUES (2)").execute())
                    .flatMap(result -> result.getRowsUpdated()))
                .expectError(R2dbcNonTransientResourceException.class)
                .verify(TIMEOUT);
            StepVerifier.create(victim.commitTransaction())
                .expectError(R2dbcNonTransientResourceException.class)
                .verify(TIMEOUT);
            StepVerifier.create(Flux.usingWhen(factory.create(), c -> selectCount(c, "SELECT COUNT(*) FROM killed_tx"),
                    Connection::close))
                .expectNext(0L)
                .verifyComplete();
        } finally {
            Mono.from(victim.close()).onErrorResume(e -> Mono.empty()).block(TIMEOUT);
        }
    }

    private static Flux<Long> selectCount(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute())
            .concatMap(result -> result.map((row, metadata) -> row.get(0, Long.class)));
    }

    /** Ten million rows of 200 characters, streamed by a nested-loop join, never materialised by the server. */
    private static String bigResult() {
        return "SELECT REPEAT('x', 200) AS filler, a.d, b.d, c.d, d.d, e.d, f.d, g.d "
            + "FROM digits a, digits b, digits c, digits d, digits e, digits f, digits g";
    }

    private static long connectionId(Connection connection) {
        Long id = Flux.from(connection.createStatement("SELECT CONNECTION_ID()").execute())
            .concatMap(result -> result.map((row, metadata) -> row.get(0, Long.class)))
            .single()
            .block(TIMEOUT);
        assertThat(id).isNotNull();
        return id;
    }

    private static void kill(ConnectionFactory factory, long connectionId) {
        Flux.usingWhen(factory.create(),
                connection -> Flux.from(connection.createStatement("KILL CONNECTION " + connectionId).execute())
                    .concatMap(Result::getRowsUpdated),
                Connection::close)
            .then()
            .block(TIMEOUT);
    }

    private static Flux<Long> selectOne(Connection connection) {
        return Flux.from(connection.createStatement("SELECT 1").execute())
            .concatMap(result -> result.map((row, metadata) -> row.get(0, Long.class)));
    }

}
