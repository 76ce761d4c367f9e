/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.client.ReactorNettyClient;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of row streaming: demand reaches the socket, cancellation leaves the connection usable, and
 * commands pipeline on one connection.
 */
@SingleStoreTest
final class StreamingIntegrationTests {

    /** 1,000 x 1,000 = 1,000,000 rows, portable to any MySQL-protocol server. */
    private static final String MILLION_ROWS = "SELECT a.i AS a, b.i AS b FROM thousand a, thousand b";

    @BeforeAll
    static void createThousandRows(TestDatabase database) {
        String values = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE thousand (i INT PRIMARY KEY)", "INSERT INTO thousand VALUES " + values);
    }

    @Test
    void takeOneOfAMillionRowsCompletesAndTheConnectionStaysUsable(ConnectionFactory factory) {
        Mono<List<Object>> values = Mono.usingWhen(factory.create(),
            c -> Flux.from(c.createStatement(MILLION_ROWS).execute())
                .flatMap(r -> r.map((row, md) -> row.get("a", Integer.class)))
                .take(1)
                .collectList()
                .flatMap(first -> Flux.from(c.createStatement("SELECT COUNT(*) FROM thousand").execute())
                    .flatMap(r -> r.map((row, md) -> (Object) row.get(0, Long.class)))
                    .collectList()
                    .map(count -> List.of(first.get(0), count.get(0)))),
            Connection::close);

        StepVerifier.create(values)
            .assertNext(list -> assertThat(list).containsExactly(0, 1000L))
            .verifyComplete();
    }

    @Test
    void cancellingAHugeResultKillsTheQueryOnTheServer(TestDatabase database) {
        Connection connection = Mono.from(database.connectionFactory(java.util.Map.of("cancelKillThreshold", "65536"))
            .create()).block(Duration.ofSeconds(30));
        try {
            long killsBefore = comKill(connection);
            Integer first = Flux.from(connection.createStatement(
                    "SELECT a.i FROM thousand a, thousand b, thousand c").execute())
                .flatMap(r -> r.map((row, md) -> row.get(0, Integer.class)))
                .blockFirst(Duration.ofSeconds(60));
            Long after = Flux.from(connection.createStatement("SELECT COUNT(*) FROM thousand").execute())
                .flatMap(r -> r.map((row, md) -> row.get(0, Long.class)))
                .blockLast(Duration.ofSeconds(120));

            assertThat(first).isNotNull();
            assertThat(after).as("the connection answers the next statement after a billion-row result was cancelled")
                .isEqualTo(1000L);
            assertThat(comKill(connection) - killsBefore).isEqualTo(1L);
        } finally {
            Mono.from(connection.close()).block(Duration.ofSeconds(30));
        }
    }

    private static long comKill(Connection connection) {
        return Flux.from(connection.createStatement("SHOW GLOBAL STATUS LIKE 'Com_kill'").execute())
            .flatMap(r -> r.map((row, md) -> Long.parseLong(row.get(1, String.class))))
            .blockLast(Duration.ofSeconds(30));
    }

    @Test
    void cancellingAfterSomeRowsLeavesTheConnectionUsableForTheNextStatement(ConnectionFactory factory) {
        Mono<Long> next = Mono.usingWhen(factory.create(),
            c -> Flux.from(c.createStatement("SELECT i FROM thousand ORDER BY i").execute())
                .flatMap(r -> r.map((row, md) -> row.get(0, Integer.class)))
                .take(250)
                .then(Mono.from(c.createStatement("SELECT SUM(i) FROM thousand WHERE i < ?").bind(0, 10).execute()))
                .flatMap(r -> Mono.from(r.map((row, md) -> row.get(0, Long.class)))),
            Connection::close);

        StepVerifier.create(next).expectNext(45L).verifyComplete();
    }

    @Test
    void withoutDemandTheDriverStopsReadingTheSocket(ConnectionFactory factory) {
        Connection connection = Mono.from(factory.create()).block(Duration.ofSeconds(30));
        try {
            ReactorNettyClient client = (ReactorNettyClient) ((SingleStoreConnection) connection).resources().client();
            AtomicLong received = new AtomicLong();
            OneAtATime subscriber = new OneAtATime(received);
            Flux.from(connection.createStatement(MILLION_ROWS).execute())
                .flatMap(r -> r.map((row, md) -> row.get(0, Integer.class)), 1, 1)
                .subscribe(subscriber);

            awaitCondition(() -> received.get() >= 1 && !client.isReading());
            assertThat(received.get()).isEqualTo(1);

            subscriber.requestUnbounded();
            awaitCondition(subscriber::isDone);
            assertThat(received.get()).isEqualTo(1_000_000L);
            assertThat(subscriber.error).isNull();
        } finally {
            Mono.from(connection.close()).block(Duration.ofSeconds(30));
        }
    }

    @Test
    void aSlowSubscriberKeepsTheBytesTheDriverHoldsBounded(ConnectionFactory factory) {
        Connection connection = Mono.from(factory.create()).block(Duration.ofSeconds(30));
        try {
            ReactorNettyClient client = (ReactorNettyClient) ((SingleStoreConnection) connection).resources().client();
            AtomicLong maxRetained = new AtomicLong();
            Long rows = Flux.from(connection.createStatement(
                    "SELECT REPEAT('x', 100) AS filler, a.i, b.i FROM thousand a, thousand b").execute())
                .flatMap(r -> r.map((row, md) -> row.get(1, Integer.class)))
                .limitRate(256)
                .publishOn(reactor.core.scheduler.Schedulers.single(), 256)
                .doOnNext(value -> {
                    maxRetained.accumulateAndGet(client.retainedBytes(), Math::max);
                    if (value % 100 == 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(20_000);
                    }
                })
                .count()
                .block(Duration.ofMinutes(5));

            assertThat(rows).isEqualTo(1_000_000L);
            assertThat(maxRetained.get()).as("bytes held by unconsumed rows of a ~120 MB result")
                .isLessThan(8L * 1024 * 1024);
            assertThat(client.retainedBytes()).isZero();
        } finally {
            Mono.from(connection.close()).block(Duration.ofSeconds(30));
        }
    }

    @Test
    void statementsPipelinedOnOneConnectionEachGetTheirOwnResult(ConnectionFactory factory) {
        Mono<List<Integer>> results = Mono.usingWhen(factory.create(),
            c -> Flux.range(0, 200)
                .flatMap(i -> Flux.from(c.createStatement("SELECT i FROM thousand WHERE i = ?").bind(0, i).execute())
                    .flatMap(r -> r.map((row, md) -> row.get(0, Integer.class))), 32)
                .collectSortedList(),
            Connection::close);

        StepVerifier.create(results)
            .assertNext(list -> assertThat(list).isEqualTo(IntStream.range(0, 200).boxed().collect(Collectors.toList())))
            .verifyComplete();
    }

    @Test
    void textStatementsPipelinedOnOneConnectionEachGetTheirOwnResult(ConnectionFactory factory) {
        Mono<Long> sum = Mono.usingWhen(factory.create(),
            c -> Flux.range(0, 100)
                .flatMap(i -> Flux.from(c.createStatement("SELECT " + i).execute())
                    .flatMap(r -> r.map((row, md) -> row.get(0, Long.class))), 16)
                .reduce(0L, Long::sum),
            Connection::close);

        StepVerifier.create(sum).expectNext(4950L).verifyComplete();
    }

    @Test
    void aStatementWhoseResultIsIgnoredStillRunsAndFreesTheConnection(ConnectionFactory factory) {
        Mono<Long> count = Mono.usingWhen(factory.create(),
            c -> Flux.from(c.createStatement("CREATE TEMPORARY TABLE ignored (i INT)").execute()).then()
                .then(Flux.from(c.createStatement("INSERT INTO ignored VALUES (?)").bind(0, 1).execute()).then())
                .then(Flux.from(c.createStatement("SELECT i FROM thousand").execute()).then())
                .then(Mono.from(c.createStatement("SELECT COUNT(*) FROM ignored").execute()))
                .flatMap(r -> Mono.from(r.map((row, md) -> row.get(0, Long.class)))),
            Connection::close);

        StepVerifier.create(count).expectNext(1L).verifyComplete();
    }

    @Test
    void resultsCollectedFirstCanBeReadLater(ConnectionFactory factory) {
        Mono<Long> sum = Mono.usingWhen(factory.create(),
            c -> Flux.from(c.createStatement("SELECT i FROM thousand WHERE i < ?").bind(0, 100).execute())
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(r -> r.map((row, md) -> row.get(0, Long.class)))
                .reduce(0L, Long::sum),
            Connection::close);

        StepVerifier.create(sum).expectNext(4950L).verifyComplete();
    }

    @Test
    void updateCountsOfABatchArriveInOrder(ConnectionFactory factory) {
        Flux<Long> counts = Flux.usingWhen(factory.create(),
            c -> Flux.from(c.createStatement("CREATE TEMPORARY TABLE tmp_batch (i INT)").execute())
                .flatMap(Result::getRowsUpdated)
                .thenMany(Flux.from(c.createBatch()
                    .add("INSERT INTO tmp_batch VALUES (1)")
                    .add("INSERT INTO tmp_batch VALUES (2), (3)")
                    .add("DELETE FROM tmp_batch")
                    .execute()))
                .concatMap(Result::getRowsUpdated),
            Connection::close);

        StepVerifier.create(counts).expectNext(1L, 2L, 3L).verifyComplete();
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 60 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Requests one row, then nothing until told.
     */
    private static final class OneAtATime extends BaseSubscriber<Integer> {

        private final AtomicLong received;
        private volatile boolean done;
        private volatile Throwable error;

        OneAtATime(AtomicLong received) {
            this.received = received;
        }

        @Override
        protected void hookOnSubscribe(Subscription subscription) {
            subscription.request(1);
        }

        @Override
        protected void hookOnNext(Integer value) {
            this.received.incrementAndGet();
        }

        @Override
        protected void hookOnError(Throwable throwable) {
            this.error = throwable;
        }

        @Override
        protected void hookFinally(reactor.core.publisher.SignalType type) {
            this.done = true;
        }

        boolean isDone() {
            return this.done;
        }
    }
}
