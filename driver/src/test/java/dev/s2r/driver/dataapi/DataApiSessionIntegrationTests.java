/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.dataapi;

import dev.s2r.driver.test.dataapi.DataApiServer;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Data API connection does with what needs a session, which the service does not keep between requests:
 * transactions, savepoints, session variables, temporary tables and several statements in one request are refused
 * with a typed error that says why, before anything is sent; validation, closing and metadata.
 */
@SingleStoreTest
final class DataApiSessionIntegrationTests {

    private static DataApiServer server;
    private static ConnectionFactory factory;

    @BeforeAll
    static void start(TestDatabase database) {
        server = DataApiServer.start(database);
        factory = DataApiUrls.factory(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static <T> Flux<T> run(Function<Connection, Publisher<T>> work) {
        return Flux.usingWhen(factory.create(), work, Connection::close);
    }

    private static void assertRefused(Throwable error, String why) {
        assertThat(error).isInstanceOf(R2dbcNonTransientResourceException.class)
            .hasMessageContaining(why)
            .hasMessageContaining("r2dbc:singlestore://");
        assertThat(((R2dbcException) error).getSqlState()).isEqualTo("0A000");
    }

    @Test
    void beginningATransactionIsRefused() {
        StepVerifier.create(run(Connection::beginTransaction))
            .expectErrorSatisfies(error -> assertRefused(error, "session"))
            .verify();
    }

    @Test
    void aSavepointIsRefused() {
        StepVerifier.create(run(connection -> connection.createSavepoint("s1")))
            .expectErrorSatisfies(error -> assertRefused(error, "session"))
            .verify();
    }

    @Test
    void autoCommitIsAlwaysOnAndCannotBeTurnedOff() {
        StepVerifier.create(run(connection -> Mono.just(connection.isAutoCommit())
                .concatWith(Mono.from(connection.setAutoCommit(true)).then(Mono.just(true)))
                .concatWith(Mono.from(connection.setAutoCommit(false)).then(Mono.just(false)))))
            .expectNext(true, true)
            .expectErrorSatisfies(error -> assertRefused(error, "session"))
            .verify();
    }

    @Test
    void commitAndRollbackWithoutATransactionDoNothing() {
        StepVerifier.create(run(connection -> Flux.concat(connection.commitTransaction(),
                connection.rollbackTransaction())))
            .verifyComplete();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"START TRANSACTION", "begin", "COMMIT", "SAVEPOINT s", "LOCK TABLES t READ",
        "SET @a = 1", "set session sql_mode = ''", "CREATE TEMPORARY TABLE t (v INT)",
        "LOAD DATA LOCAL INFILE 'x.csv' INTO TABLE t", "SELECT 1; SELECT 2"})
    void statementsThatNeedASessionAreRefusedBeforeTheyAreSent(String sql) {
        StepVerifier.create(run(connection -> Flux.from(connection.createStatement(sql).execute())
                .flatMap(result -> result.getRowsUpdated())))
            .expectErrorSatisfies(error -> assertRefused(error, "Data API"))
            .verify();
    }

    @Test
    void validationAsksTheServerWhenRemote() {
        StepVerifier.create(run(connection -> Flux.concat(connection.validate(ValidationDepth.LOCAL),
                connection.validate(ValidationDepth.REMOTE))))
            .expectNext(true, true)
            .verifyComplete();
    }

    @Test
    void aClosedConnectionIsInvalidAndRunsNothing() {
        StepVerifier.create(Mono.from(factory.create()).flatMapMany(connection -> Mono.from(connection.close())
                .thenMany(Flux.concat(connection.validate(ValidationDepth.LOCAL),
                    connection.validate(ValidationDepth.REMOTE)))
                .concatWith(Flux.from(connection.createStatement("SELECT 1").execute())
                    .flatMap(result -> result.map(row -> true)))))
            .expectNext(false, false)
            .expectError(R2dbcNonTransientResourceException.class)
            .verify();
    }

    @Test
    void aStoppedServerFailsRemoteValidation(TestDatabase database) {
        DataApiServer stopped = DataApiServer.start(database);
        ConnectionFactory lost = DataApiUrls.factory(stopped);

        StepVerifier.create(Mono.from(lost.create()).flatMapMany(connection -> {
                stopped.close();
                return Flux.concat(connection.validate(ValidationDepth.LOCAL),
                    connection.validate(ValidationDepth.REMOTE));
            }))
            .expectNext(true, false)
            .verifyComplete();
    }

    @Test
    void remoteValidationOfAServerThatNeverAnswersEndsFalseWithinTheConnectTimeout() {
        reactor.netty.DisposableServer mute = reactor.netty.http.server.HttpServer.create().host("127.0.0.1").port(0)
            .handle((request, response) -> Mono.never()).bindNow();
        try {
            ConnectionFactory silent = io.r2dbc.spi.ConnectionFactories.get("r2dbc:singlestore:http://u:p@127.0.0.1:"
                + mute.port() + "/db?connectTimeout=PT1S");

            StepVerifier.create(Mono.from(silent.create()).flatMap(connection ->
                    Mono.from(connection.validate(ValidationDepth.REMOTE))))
                .expectNext(false)
                .expectComplete()
                .verify(Duration.ofSeconds(10));
        } finally {
            mute.disposeNow();
        }
    }

    @Test
    void metadataNamesTheDataApi() {
        StepVerifier.create(run(connection -> Mono.just(connection.getMetadata().getDatabaseProductName() + " / "
                + connection.getMetadata().getDatabaseVersion())))
            .expectNext("SingleStore / Data API v2")
            .verifyComplete();
    }

    @Test
    void theConnectionsTextNamesTheServerButNotThePassword() {
        StepVerifier.create(run(connection -> Mono.just(connection.toString() + factory.toString())))
            .assertNext(text -> assertThat(text).contains("127.0.0.1:" + server.port())
                .doesNotContain(server.password()))
            .verifyComplete();
    }
}
