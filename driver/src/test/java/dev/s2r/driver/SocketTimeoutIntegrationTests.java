/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.test.CuttingProxy;
import io.r2dbc.spi.ConnectionFactories;
import java.io.IOException;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Integration tests of {@code socketTimeout}: a server silent while a command waits closes the connection with a
 * typed error; a subscriber that pauses does not count as a silent server.
 */
@SingleStoreTest
final class SocketTimeoutIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static ConnectionFactory factory;

    @BeforeAll
    static void setUp(TestDatabase database) {
        factory = database.connectionFactory(Map.of("socketTimeout", "1s"));
        String values = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE thousand (i INT PRIMARY KEY)", "INSERT INTO thousand VALUES " + values);
    }

    @Test
    void aServerSilentLongerThanTheTimeoutFailsTheCommandAndClosesTheConnection() {
        Connection connection = Mono.from(factory.create()).block(TIMEOUT);
        try {
            assertThatThrownBy(() -> Flux.from(connection.createStatement("SELECT SLEEP(5)").execute())
                    .concatMap(r -> r.map((row, md) -> row.get(0))).blockLast(TIMEOUT))
                .isInstanceOf(R2dbcTimeoutException.class)
                .hasMessageContaining("socketTimeout");
            assertThat(Mono.from(connection.validate(ValidationDepth.LOCAL)).block(TIMEOUT)).isFalse();
        } finally {
            Mono.from(connection.close()).onErrorResume(e -> Mono.empty()).block(TIMEOUT);
        }
    }

    @Test
    void commandsAnsweredInTimeAreUnaffected() {
        Long value = Flux.usingWhen(factory.create(),
                c -> Flux.from(c.createStatement("SELECT COUNT(*) FROM thousand").execute())
                    .concatMap(r -> r.map((row, md) -> row.get(0, Long.class))),
                Connection::close)
            .blockLast(TIMEOUT);

        assertThat(value).isEqualTo(1000L);
    }

    @Test
    void aSubscriberPausingLongerThanTheTimeoutDoesNotCountAsASilentServer() throws Exception {
        Connection connection = Mono.from(factory.create()).block(TIMEOUT);
        try {
            AtomicLong received = new AtomicLong();
            CompletableFuture<Long> done = new CompletableFuture<>();
            BaseSubscriber<Integer> pausing = new BaseSubscriber<>() {
                @Override
                protected void hookOnSubscribe(Subscription subscription) {
                    request(1);
                }

                @Override
                protected void hookOnNext(Integer value) {
                    received.incrementAndGet();
                }

                @Override
                protected void hookOnComplete() {
                    done.complete(received.get());
                }

                @Override
                protected void hookOnError(Throwable throwable) {
                    done.completeExceptionally(throwable);
                }
            };
            Flux.from(connection.createStatement("SELECT a.i FROM thousand a, thousand b").execute())
                .concatMap(r -> r.map((row, md) -> row.get(0, Integer.class)), 1)
                .subscribe(pausing);

            TimeUnit.MILLISECONDS.sleep(2500);
            pausing.requestUnbounded();

            assertThat(done.get(120, TimeUnit.SECONDS)).isEqualTo(1_000_000L);
        } finally {
            Mono.from(connection.close()).block(TIMEOUT);
        }
    }

    @Test
    void bytesArrivingSlowlyAreProgressEvenWhenOnePacketTakesLongerThanTheTimeout(TestDatabase database)
        throws IOException {
        try (CuttingProxy slowLink = new CuttingProxy(database.host(), database.port())) {
            slowLink.limitRate(1024 * 1024);
            ConnectionFactory slow = ConnectionFactories.get("r2dbc:singlestore://" + database.user() + ":"
                + database.password() + "@127.0.0.1:" + slowLink.port() + "/" + database.database()
                + "?socketTimeout=1s&sslMode=DISABLED");

            // one 3 MiB packet over a 1 MiB/s link: three seconds of bytes, no whole packet for three times the timeout
            Integer length = Flux.usingWhen(slow.create(),
                    c -> Flux.from(c.createStatement("SELECT REPEAT('z', 3 * 1024 * 1024)").execute())
                        .concatMap(r -> r.map((row, md) -> row.get(0, String.class).length())),
                    Connection::close)
                .blockLast(TIMEOUT);

            assertThat(length).isEqualTo(3 * 1024 * 1024);
        }
    }
}
