/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.TransactionDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of connection-level behaviour: identity, transactions, session reset, warnings, generated
 * keys, TLS negotiation.
 */
@SingleStoreTest
final class ConnectionIntegrationTests {

    @BeforeAll
    static void createTables(TestDatabase database) {
        database.execute("CREATE TABLE accounts (id INT AUTO_INCREMENT PRIMARY KEY, owner VARCHAR(20), "
            + "balance INT NOT NULL DEFAULT 0)");
    }

    private static <T> Flux<T> with(ConnectionFactory factory, Function<SingleStoreConnection, Flux<T>> work) {
        return Flux.usingWhen(Mono.from(factory.create()).cast(SingleStoreConnection.class), work,
            Connection::close);
    }

    private static Flux<Object> query(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute())
            .concatMap(result -> result.map((row, metadata) -> row.get(0)));
    }

    @Test
    void metadataNamesTheServerFlavourAndEngineVersion(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> Flux.just(c.getMetadata(), c.getServerFlavor())))
            .assertNext(metadata -> {
                io.r2dbc.spi.ConnectionMetadata md = (io.r2dbc.spi.ConnectionMetadata) metadata;
                assertThat(md.getDatabaseProductName()).isIn("SingleStore", "MariaDB", "MySQL");
                assertThat(md.getDatabaseVersion()).matches("\\d+\\.\\d+.*");
            })
            .assertNext(flavor -> assertThat(flavor).isIn((Object[]) ServerFlavor.values()))
            .verifyComplete();
    }

    @Test
    void connectionIdMatchesTheServersConnectionId(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> query(c, "SELECT CONNECTION_ID()")
                .map(id -> ((Number) id).longValue() == c.getConnectionId())))
            .expectNext(true)
            .verifyComplete();
    }

    @Test
    void rollbackDiscardsTheTransactionsWrites(ConnectionFactory factory) {
        Flux<Object> count = with(factory, c -> Mono.from(c.beginTransaction())
            .thenMany(query(c, "INSERT INTO accounts (owner) VALUES ('rolled-back')"))
            .then(Mono.from(c.rollbackTransaction()))
            .thenMany(query(c, "SELECT COUNT(*) FROM accounts WHERE owner = 'rolled-back'")));

        StepVerifier.create(count).expectNext(0L).verifyComplete();
    }

    @Test
    void aTransactionTurnsAutoCommitOffUntilItEnds(ConnectionFactory factory) {
        Flux<Boolean> states = with(factory, c -> Flux.concat(
            Mono.fromSupplier(c::isAutoCommit),
            Mono.from(c.beginTransaction()).then(Mono.fromSupplier(c::isAutoCommit)),
            Mono.from(c.commitTransaction()).then(Mono.fromSupplier(c::isAutoCommit))));

        StepVerifier.create(states).expectNext(true, false, true).verifyComplete();
    }

    @Test
    void aReadOnlyTransactionRejectsWrites(ConnectionFactory factory) {
        Flux<Object> write = with(factory, c -> Mono.from(c.beginTransaction(readOnly()))
            .thenMany(query(c, "INSERT INTO accounts (owner) VALUES ('read-only')"))
            .onErrorResume(e -> Mono.from(c.rollbackTransaction()).then(Mono.just(e.getClass().getSimpleName()))));

        StepVerifier.create(write).assertNext(name -> assertThat(name.toString()).contains("Exception")).verifyComplete();
    }

    @Test
    void theIsolationLevelIsSetForTheSession(ConnectionFactory factory) {
        Flux<IsolationLevel> level = with(factory, c -> Mono.from(c.setTransactionIsolationLevel(
            IsolationLevel.READ_COMMITTED)).then(Mono.fromSupplier(c::getTransactionIsolationLevel)).flux());

        StepVerifier.create(level).expectNext(IsolationLevel.READ_COMMITTED).verifyComplete();
    }

    @Test
    void rollingBackToASavepointKeepsEarlierWrites(ConnectionFactory factory) {
        Flux<Object> owners = with(factory, c -> {
            if (c.getServerFlavor() == ServerFlavor.SINGLESTORE) {
                return Flux.from(c.createSavepoint("s1")).map(Object.class::cast)
                    .onErrorResume(e -> Flux.just("no savepoints on SingleStore"));
            }
            return Mono.from(c.beginTransaction())
                .thenMany(query(c, "INSERT INTO accounts (owner) VALUES ('kept')"))
                .then(Mono.from(c.createSavepoint("s1")))
                .thenMany(query(c, "INSERT INTO accounts (owner) VALUES ('undone')"))
                .then(Mono.from(c.rollbackTransactionToSavepoint("s1")))
                .then(Mono.from(c.commitTransaction()))
                .thenMany(query(c, "SELECT owner FROM accounts WHERE owner IN ('kept', 'undone')"));
        });

        StepVerifier.create(owners).expectNextMatches(o -> o.equals("kept") || o.toString().contains("SingleStore"))
            .verifyComplete();
    }

    @Test
    void resetConnectionDropsSessionStateAndPreparedStatements(ConnectionFactory factory) {
        Flux<Object> afterReset = with(factory, c -> query(c, "SET @marker = 42")
            .thenMany(Flux.from(c.createStatement("SELECT ? + 1").bind(0, 1).execute())
                .concatMap(r -> r.map((row, md) -> row.get(0))))
            .then(Mono.from(c.resetConnection()))
            .thenMany(Flux.from(c.createStatement("SELECT @marker").execute())
                .concatMap(r -> r.map((row, md) -> java.util.Optional.ofNullable(row.get(0)))))
            .map(v -> (Object) ("marker=" + v.orElse(null)))
            .concatWith(Flux.from(c.createStatement("SELECT ? + 1").bind(0, 1).execute())
                .concatMap(r -> r.map((row, md) -> row.get(0, Long.class)))));

        StepVerifier.create(afterReset)
            .expectNext("marker=null")
            .expectNext(2L)
            .verifyComplete();
    }

    @Test
    void warningsArriveAsMessageSegmentsWithoutFailingTheUpdateCount(ConnectionFactory factory) {
        Flux<String> segments = with(factory, c -> query(c, "CREATE TEMPORARY TABLE unique_ids (id INT PRIMARY KEY)")
            .thenMany(Flux.from(c.createStatement("INSERT IGNORE INTO unique_ids VALUES (1), (1)").execute()))
            .concatMap(result -> result.flatMap(segment -> Mono.just(segment instanceof Result.UpdateCount
                ? "count=" + ((Result.UpdateCount) segment).value()
                : "message=" + ((Result.Message) segment).sqlState()))));

        StepVerifier.create(segments)
            .expectNext("count=1")
            .expectNext("message=01000")
            .verifyComplete();
    }

    @Test
    void generatedKeysOfAMultiRowInsertAreConsecutive(ConnectionFactory factory) {
        Flux<List<Long>> keys = with(factory, c -> Flux.from(c.createStatement(
                "INSERT INTO accounts (owner) VALUES ('k1'), ('k2'), ('k3')").returnGeneratedValues("id").execute())
            .concatMap(result -> result.map((row, md) -> row.get("id", Long.class)))
            .collectList()
            .flux()
            .concatWith(query(c, "SELECT id FROM accounts WHERE owner LIKE 'k_' ORDER BY id")
                .map(v -> ((Number) v).longValue()).collectList()));

        StepVerifier.create(keys)
            .assertNext(generated -> assertThat(generated).hasSize(3))
            .assertNext(stored -> assertThat(stored).hasSize(3))
            .verifyComplete();
    }

    @Test
    void requiredTlsConnectsOverTlsOrFailsAgainstAServerWithoutIt(TestDatabase database) {
        if (serverOffersTls(database)) {
            StepVerifier.create(Flux.usingWhen(database.connectionFactory(Map.of("sslMode", "REQUIRED")).create(),
                    c -> query(c, "SELECT 1"), Connection::close))
                .expectNextCount(1)
                .verifyComplete();
            return;
        }
        StepVerifier.create(database.connectionFactory(Map.of("sslMode", "REQUIRED")).create())
            .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(R2dbcNonTransientResourceException.class)
                .hasMessageContaining("requires TLS"))
            .verify();
    }

    @Test
    void thePoolDriverWrapsThisDriverWithItsOptions(TestDatabase database) {
        String url = database.url().replaceFirst("^r2dbc:singlestore:", "r2dbc:pool:singlestore:")
            + (database.url().contains("?") ? "&" : "?") + "maxSize=2&initialSize=1";
        ConnectionFactory pool = ConnectionFactories.get(url);
        Flux<Object> value = Flux.usingWhen(pool.create(), c -> query(c, "SELECT 7"), Connection::close)
            .concatWith(Mono.from(((io.r2dbc.pool.ConnectionPool) pool).disposeLater()).then(Mono.empty()));

        StepVerifier.create(value).expectNextMatches(v -> ((Number) v).intValue() == 7).verifyComplete();
    }

    private static boolean serverOffersTls(TestDatabase database) {
        Object have = database.server().queryFirst("SELECT @@have_ssl");
        return "YES".equalsIgnoreCase(String.valueOf(have));
    }

    private static TransactionDefinition readOnly() {
        return new TransactionDefinition() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T getAttribute(io.r2dbc.spi.Option<T> option) {
                return option.equals(TransactionDefinition.READ_ONLY) ? (T) Boolean.TRUE : null;
            }
        };
    }
}
