/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.internal.client.ReactorNettyClient;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results read late, never, or interleaved: demand reaches the socket whatever sits between {@code execute()} and
 * {@code map}, nothing is buffered without bound, and a result that holds up a later statement of the connection is
 * given up after {@code unreadResultTimeout} with an error that says why.
 */
@SingleStoreTest
final class UnreadResultIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String MILLION = "SELECT REPEAT('x', 100) AS filler, a.i FROM thousand a, thousand b";
    private static ConnectionFactory factory;
    private static ConnectionFactory waitingForever;

    @BeforeAll
    static void setUp(TestDatabase database) {
        factory = database.connectionFactory(Map.of("unreadResultTimeout", "1s"));
        waitingForever = database.connectionFactory(Map.of("unreadResultTimeout", "0"));
        String values = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE thousand (i INT PRIMARY KEY)", "INSERT INTO thousand VALUES " + values);
    }

    private static Flux<Integer> ints(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute())
            .concatMap(result -> result.map((row, metadata) -> row.get("i", Integer.class)));
    }

    private static ReactorNettyClient client(Connection connection) {
        return (ReactorNettyClient) ((SingleStoreConnection) connection).resources().client();
    }

    @Test
    void aThreadHopBetweenExecuteAndMapKeepsTheSocketPausedWhileTheSubscriberWaits() throws InterruptedException {
        Connection connection = Mono.from(factory.create()).block(TIMEOUT);
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        try {
            Disposable reading = Flux.from(connection.createStatement(MILLION).execute())
                .publishOn(Schedulers.boundedElastic())
                .flatMap(result -> result.map((row, metadata) -> row.get("i", Integer.class)))
                .publishOn(Schedulers.boundedElastic(), 32)
                .doOnNext(value -> {
                    if (first.getCount() > 0) {
                        first.countDown();
                        await(resume);
                    }
                })
                .subscribe();
            assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();

            // the subscriber holds its first row: the driver stops reading instead of buffering ~120 MB
            assertThat(pausedWithin(client(connection), Duration.ofSeconds(5))).isTrue();
            resume.countDown();
            reading.dispose();
        } finally {
            resume.countDown();
            Mono.from(connection.close()).block(TIMEOUT);
        }
    }

    @Test
    void twoResultsOfOneConnectionReadInterleavedFailWithAnErrorThatSaysWhy() {
        Connection connection = Mono.from(factory.create()).block(TIMEOUT);
        try {
            StepVerifier.create(Flux.zip(ints(connection, MILLION), ints(connection, MILLION)).count())
                .expectErrorSatisfies(error -> assertThat(error)
                    .isInstanceOf(R2dbcNonTransientResourceException.class)
                    .hasMessageContaining("read interleaved")
                    .hasMessageContaining("unreadResultTimeout"))
                .verify(TIMEOUT);

            assertThat(ints(connection, "SELECT 7 AS i").collectList().block(TIMEOUT)).containsExactly(7);
        } finally {
            Mono.from(connection.close()).block(TIMEOUT);
        }
    }

    @Test
    void aLargeResultNobodyReadsIsGivenUpWhenTheNextStatementWaitsForIt() {
        Connection connection = Mono.from(factory.create()).block(TIMEOUT);
        try {
            List<Result> unread = Flux.<Result>from(connection.createStatement(MILLION).execute()).collectList()
                .block(TIMEOUT);

            assertThat(ints(connection, "SELECT 8 AS i").collectList().block(TIMEOUT)).containsExactly(8);
            StepVerifier.create(Flux.from(unread.get(0).map((row, metadata) -> row.get(0))))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("was not read"))
                .verify(TIMEOUT);
        } finally {
            Mono.from(connection.close()).block(TIMEOUT);
        }
    }

    @Test
    void aShortResultReadLaterStillHasItsRowsAndHoldsUpNothing() {
        Connection connection = Mono.from(waitingForever.create()).block(TIMEOUT);
        try {
            List<Result> later = Flux.<Result>from(connection.createStatement("SELECT i FROM thousand WHERE i < 3 ORDER BY i")
                .execute()).collectList().block(TIMEOUT);

            assertThat(ints(connection, "SELECT 9 AS i").collectList().block(Duration.ofSeconds(5)))
                .containsExactly(9);
            assertThat(Flux.from(later.get(0).map((row, metadata) -> row.get("i", Integer.class))).collectList()
                .block(TIMEOUT)).containsExactly(0, 1, 2);
        } finally {
            Mono.from(connection.close()).block(TIMEOUT);
        }
    }

    @Test
    void aResultSubscribedLateStillStreamsItsRows() {
        StepVerifier.create(Flux.usingWhen(factory.create(),
                connection -> Flux.from(connection.createStatement("SELECT i FROM thousand ORDER BY i LIMIT 5")
                        .execute())
                    .delayElements(Duration.ofMillis(200))
                    .concatMap(result -> result.map((row, metadata) -> row.get("i", Integer.class))),
                Connection::close))
            .expectNext(0, 1, 2, 3, 4)
            .verifyComplete();
    }

    private static boolean pausedWithin(ReactorNettyClient client, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!client.isReading()) {
                Thread.sleep(300);
                return !client.isReading();
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
