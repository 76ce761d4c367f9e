/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver under r2dbc-pool: concurrent load with no leaked connection, session reset on release, remote
 * validation.
 */
@SingleStoreTest
final class PoolIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static TestDatabase database;

    @BeforeAll
    static void createTable(TestDatabase testDatabase) {
        database = testDatabase;
        String values = IntStream.range(0, 100).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE hundred (i INT PRIMARY KEY)", "INSERT INTO hundred VALUES " + values);
    }

    private static ConnectionPool pool(ConnectionPoolConfiguration.Builder builder) {
        return new ConnectionPool(builder.build());
    }

    @Test
    void sixtyFourSubscribersShareEightConnectionsForTenThousandStatementsWithoutLeaking() {
        ConnectionPool pool = pool(ConnectionPoolConfiguration.builder(database.connectionFactory())
            .initialSize(8).maxSize(8).validationDepth(ValidationDepth.REMOTE).maxAcquireTime(Duration.ofSeconds(60)));
        try {
            Long sum = Flux.range(0, 10_000)
                .flatMap(n -> Flux.usingWhen(pool.create(),
                    c -> Flux.from(c.createStatement("SELECT i FROM hundred WHERE i = ?").bind(0, n % 100).execute())
                        .concatMap(r -> r.map((row, md) -> row.get(0, Long.class))),
                    Connection::close), 64)
                .reduce(0L, Long::sum)
                .block(TIMEOUT);

            assertThat(sum).isEqualTo(100L * (99 * 100 / 2));
            PoolMetrics metrics = pool.getMetrics().orElseThrow();
            assertThat(metrics.acquiredSize()).as("connections still acquired").isZero();
            assertThat(metrics.allocatedSize()).isLessThanOrEqualTo(8);
        } finally {
            pool.disposeLater().block(TIMEOUT);
        }
    }

    @Test
    void aConnectionBrokenBySocketTimeoutIsReplacedByThePool() {
        ConnectionPool pool = pool(ConnectionPoolConfiguration.builder(
                database.connectionFactory(java.util.Map.of("socketTimeout", "1s")))
            .maxSize(1).initialSize(1));
        try {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            StepVerifier.create(Flux.usingWhen(pool.create(), c -> {
                    ids.add(((SingleStoreConnection) ((io.r2dbc.spi.Wrapped<?>) c).unwrap()).getConnectionId());
                    return Flux.from(c.createStatement("SELECT SLEEP(3)").execute())
                        .concatMap(r -> r.map((row, md) -> row.get(0)));
                }, Connection::close))
                .expectError(io.r2dbc.spi.R2dbcTimeoutException.class)
                .verify(TIMEOUT);

            StepVerifier.create(Flux.usingWhen(pool.create(), c -> {
                    ids.add(((SingleStoreConnection) ((io.r2dbc.spi.Wrapped<?>) c).unwrap()).getConnectionId());
                    return Flux.from(c.createStatement("SELECT COUNT(*) FROM hundred").execute())
                        .concatMap(r -> r.map((row, md) -> row.get(0, Long.class)));
                }, Connection::close))
                .expectNext(100L)
                .verifyComplete();

            assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        } finally {
            pool.disposeLater().block(TIMEOUT);
        }
    }

    @Test
    void theBorrowerReceivesTheConnectionOnItsOwnEventLoop() {
        ConnectionPool pool = pool(ConnectionPoolConfiguration.builder(database.connectionFactory()).maxSize(1));
        try {
            Mono<Boolean> onItsLoop = Mono.usingWhen(pool.create(), c -> Mono.just(((io.r2dbc.spi.Wrapped<?>) c)
                .unwrap(io.netty.channel.EventLoop.class).inEventLoop()), Connection::close);

            onItsLoop.block(TIMEOUT);

            StepVerifier.create(onItsLoop.subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()))
                .expectNext(true)
                .verifyComplete();
        } finally {
            pool.disposeLater().block(TIMEOUT);
        }
    }

    @Test
    void unwrappingEndsAtAPlainConnectionOfTheSameSession() {
        StepVerifier.create(Mono.usingWhen(database.connectionFactory().create(), c -> {
                Object target = c;
                int hops = 0;
                while (target instanceof io.r2dbc.spi.Wrapped && hops++ < 10) {
                    target = ((io.r2dbc.spi.Wrapped<?>) target).unwrap();
                }
                assertThat(target).isInstanceOf(Connection.class).isNotInstanceOf(io.r2dbc.spi.Wrapped.class);
                long id = ((SingleStoreConnection) c).getConnectionId();
                return Flux.from(((Connection) target).createStatement("SELECT CONNECTION_ID()").execute())
                    .concatMap(r -> r.map((row, md) -> row.get(0, Long.class))).single()
                    .map(seen -> seen == id);
            }, Connection::close))
            .expectNext(true)
            .verifyComplete();
    }

    @Test
    void resetOnReleaseGivesTheNextBorrowerAFreshSession() {
        ConnectionPool pool = pool(ConnectionPoolConfiguration.builder(database.connectionFactory())
            .initialSize(1).maxSize(1)
            .preRelease(c -> ((SingleStoreConnection) c).resetConnection()));
        assertThat(variableSeenByTheNextBorrower(pool)).isEmpty();
    }

    @Test
    void theSameSessionStateLeaksToTheNextBorrowerWithoutReset() {
        ConnectionPool pool = pool(ConnectionPoolConfiguration.builder(database.connectionFactory())
            .initialSize(1).maxSize(1));
        assertThat(variableSeenByTheNextBorrower(pool)).isPresent();
    }

    /** Sets a user variable through one borrowed connection and reads it through the next one; disposes the pool. */
    private static Optional<Object> variableSeenByTheNextBorrower(ConnectionPool pool) {
        try {
            Mono.usingWhen(pool.create(), c -> Mono.from(c.createStatement("SET @left_behind = 1").execute())
                .flatMap(r -> Mono.from(r.getRowsUpdated())).then(), Connection::close).block(TIMEOUT);
            return Mono.usingWhen(pool.create(),
                c -> Mono.from(c.createStatement("SELECT @left_behind").execute())
                    .flatMap(r -> Mono.from(r.map((row, md) -> Optional.ofNullable(row.get(0))))),
                Connection::close).block(TIMEOUT);
        } finally {
            pool.disposeLater().block(TIMEOUT);
        }
    }
}
