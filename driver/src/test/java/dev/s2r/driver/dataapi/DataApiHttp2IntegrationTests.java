/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.dataapi;

import dev.s2r.driver.test.dataapi.DataApiServer;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTPS the transport offers HTTP/2 by ALPN and uses it when the server accepts, with the same guarantees as
 * over HTTP/1.1: concurrent statements share connections, demand still reaches the server, and a cancelled result
 * ends its stream while the connection goes on.
 */
@SingleStoreTest
final class DataApiHttp2IntegrationTests {

    private static final int ROWS = 100_000;
    private static final String MANY_ROWS = "SELECT a.i * 100 + b.i AS n, REPEAT('x', 600) AS pad "
        + "FROM thousand a, thousand b WHERE b.i < 100 ORDER BY n";

    @TempDir
    static Path certificates;

    private static DataApiServer server;
    private static ConnectionFactory factory;

    @BeforeAll
    static void start(TestDatabase database) {
        String values = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE thousand (i INT PRIMARY KEY)", "INSERT INTO thousand VALUES " + values);
        server = DataApiServer.builder(database).https(certificates).http2().start();
        factory = DataApiUrls.factory(server, "sslCa=" + URLEncoder.encode(server.certificate().toString(),
            StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Flux<Long> numbers(Connection connection) {
        return Flux.from(connection.createStatement(MANY_ROWS).execute())
            .flatMap(result -> result.map(row -> row.get(0, Long.class)));
    }

    @Test
    void statementsGoOverHttp2WhenTheServerOffersIt() {
        long before = server.http2Requests();

        StepVerifier.create(Flux.usingWhen(factory.create(), connection -> Flux.range(0, 8)
                    .flatMap(i -> Flux.from(connection.createStatement("SELECT ?").bind(0, i).execute())
                        .flatMap(result -> result.map(row -> row.get(0, Integer.class)))), Connection::close)
                .collectSortedList())
            .expectNext(java.util.List.of(0, 1, 2, 3, 4, 5, 6, 7))
            .verifyComplete();
        assertThat(server.http2Requests() - before).isEqualTo(8);
    }

    @Test
    void aSubscriberThatStopsAskingStopsTheServersReadsOverHttp2() throws InterruptedException {
        long before = server.rowsStreamed();
        CountDownLatch first = new CountDownLatch(1);
        AtomicLong received = new AtomicLong();
        BaseSubscriber<Long> slow = new BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {
                request(10);
            }

            @Override
            protected void hookOnNext(Long value) {
                received.incrementAndGet();
                first.countDown();
            }
        };
        Flux.usingWhen(factory.create(), DataApiHttp2IntegrationTests::numbers, Connection::close).subscribe(slow);
        assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();

        long whilePaused = awaitStill(before);
        assertThat(received.get()).isEqualTo(10);
        assertThat(whilePaused).as("rows the server read while the subscriber asked for 10").isLessThan(ROWS / 2);

        slow.request(Long.MAX_VALUE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (received.get() < ROWS && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(received.get()).isEqualTo(ROWS);
    }

    @Test
    void aCancelledResultEndsItsStreamAndTheConnectionGoesOn() throws InterruptedException {
        long before = server.rowsStreamed();

        StepVerifier.create(Flux.usingWhen(factory.create(), connection -> numbers(connection).take(5)
                    .concatWith(Mono.delay(Duration.ofMillis(200)).then(Mono.empty()))
                    .concatWith(Flux.from(connection.createStatement("SELECT COUNT(*) FROM thousand").execute())
                        .flatMap(result -> result.map(row -> row.get(0, Long.class)))),
                Connection::close))
            .expectNext(0L, 1L, 2L, 3L, 4L, 1000L)
            .verifyComplete();
        assertThat(awaitStill(before)).as("rows the server read for a result cancelled after 5").isLessThan(ROWS);
    }

    private static long awaitStill(long before) throws InterruptedException {
        long last = -1;
        long current = server.rowsStreamed() - before;
        while (current != last) {
            last = current;
            Thread.sleep(700);
            current = server.rowsStreamed() - before;
        }
        return current;
    }
}
