/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.tck;

import dev.s2r.driver.test.dataapi.DataApiServer;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.test.TestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The R2DBC 1.0 TCK over the Data API transport ({@code r2dbc:singlestore:http://}), against the test Data API
 * server backed by the class's database.
 *
 * <p>Every test of {@link TestKit} runs as it is except the seven that need a session, which the Data API does not
 * keep between requests: transactions, savepoints, turning auto-commit off and several statements in one request.
 * Each of those is replaced by a test of what the transport does instead: it refuses the operation with an
 * {@link R2dbcNonTransientResourceException} of SQLSTATE {@code 0A000} before anything is sent, and every statement
 * commits on its own.
 */
class SingleStoreDataApiTckIntegrationTests extends SingleStoreTckSupport implements TestKit<String> {

    private final DataApiServer server;
    private final ConnectionFactory dataApi;

    SingleStoreDataApiTckIntegrationTests(TestDatabase database) {
        super(database, false);
        this.server = DataApiServer.start(database);
        this.dataApi = ConnectionFactories.get("r2dbc:singlestore:http://"
            + URLEncoder.encode(this.server.user(), StandardCharsets.UTF_8) + ":"
            + URLEncoder.encode(this.server.password(), StandardCharsets.UTF_8) + "@127.0.0.1:" + this.server.port()
            + "/" + this.server.database());
    }

    @AfterAll
    void stop() {
        this.server.close();
    }

    @Override
    public ConnectionFactory getConnectionFactory() {
        return this.dataApi;
    }

    private Flux<Object> inConnection(Function<Connection, Publisher<?>> work) {
        return Flux.usingWhen(this.dataApi.create(), connection -> Flux.from(work.apply(connection)),
            Connection::close);
    }

    private static void refused(Throwable error) {
        assertThat(error).isInstanceOf(R2dbcNonTransientResourceException.class)
            .hasMessageContaining("r2dbc:singlestore://");
        assertThat(((R2dbcNonTransientResourceException) error).getSqlState()).isEqualTo("0A000");
    }

    private void refusedWithNothingWritten(Function<Connection, Publisher<?>> work) {
        getJdbcOperations().execute("INSERT INTO test VALUES (100)");
        StepVerifier.create(inConnection(work)).expectErrorSatisfies(
            SingleStoreDataApiTckIntegrationTests::refused).verify();
        assertThat(getJdbcOperations().queryForList("SELECT test_value FROM test", Integer.class)).containsExactly(100);
    }

    /** Replaces the TCK's test: turning auto-commit off is refused, and auto-commit stays on. */
    @Test
    @Override
    public void changeAutoCommitCommitsTransaction() {
        refusedWithNothingWritten(connection -> Flux.concat(connection.setAutoCommit(false),
            connection.createStatement("INSERT INTO test VALUES (200)").execute()));
    }

    /** Replaces the TCK's test: auto-commit is on and setting it on again does nothing. */
    @Test
    @Override
    public void sameAutoCommitLeavesTransactionUnchanged() {
        StepVerifier.create(inConnection(connection -> Mono.from(connection.setAutoCommit(true))
                .then(Mono.fromSupplier(connection::isAutoCommit))))
            .expectNext(true)
            .verifyComplete();
    }

    /** Replaces the TCK's test: several statements in one request are refused before anything is sent. */
    @Test
    @Override
    public void compoundStatement() {
        refusedWithNothingWritten(connection -> connection.createStatement("SELECT test_value FROM test; "
            + "INSERT INTO test VALUES (200)").execute());
    }

    /** Replaces the TCK's test: a savepoint is refused. */
    @Test
    @Override
    public void savePoint() {
        refusedWithNothingWritten(connection -> connection.createSavepoint("savepoint"));
    }

    /** Replaces the TCK's test: a savepoint starts no transaction, it is refused. */
    @Test
    @Override
    public void savePointStartsTransaction() {
        StepVerifier.create(inConnection(connection -> Mono.from(connection.createSavepoint("s"))
                .then(Mono.fromSupplier(connection::isAutoCommit))))
            .expectErrorSatisfies(SingleStoreDataApiTckIntegrationTests::refused)
            .verify();
    }

    /** Replaces the TCK's test: beginning a transaction is refused; commit without one does nothing. */
    @Test
    @Override
    public void transactionCommit() {
        refusedWithNothingWritten(connection -> Flux.concat(connection.commitTransaction(),
            connection.beginTransaction(), connection.createStatement("INSERT INTO test VALUES (200)").execute()));
    }

    /** Replaces the TCK's test: each statement commits on its own, so a rollback undoes nothing. */
    @Test
    @Override
    public void transactionRollback() {
        StepVerifier.create(inConnection(connection -> Flux.from(connection
                    .createStatement("INSERT INTO test VALUES (200)").execute())
                .flatMap(Result::getRowsUpdated)
                .concatWith(Mono.from(connection.rollbackTransaction()).then(Mono.empty()))))
            .expectNext(1L)
            .verifyComplete();
        assertThat(getJdbcOperations().queryForList("SELECT test_value FROM test", Integer.class)).containsExactly(200);
    }
}
