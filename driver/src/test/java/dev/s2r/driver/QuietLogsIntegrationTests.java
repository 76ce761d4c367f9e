/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's DEBUG log says what happened once, not once per packet, and side connections are not sessions. */
@SingleStoreTest
final class QuietLogsIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static ConnectionFactory factory;

    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.s2r.driver");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @BeforeAll
    static void setUp(TestDatabase database) {
        factory = database.connectionFactory();
        String values = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE thousand (i INT PRIMARY KEY)", "INSERT INTO thousand VALUES " + values);
    }

    @BeforeEach
    void capture() {
        this.events.start();
        this.logger.addAppender(this.events);
        this.logger.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        this.logger.detachAppender(this.events);
        this.logger.setLevel(null);
    }

    private long lines(String text) {
        return this.events.list.stream().filter(event -> event.getFormattedMessage().contains(text)).count();
    }

    @Test
    void closingWhileACancelledResultDrainsLogsNoLinePerPacket() throws InterruptedException {
        Connection connection = Mono.from(factory.create()).block(TIMEOUT);
        Flux.from(connection.createStatement("SELECT a.i FROM thousand a, thousand b").execute())
            .concatMap(result -> result.map((row, metadata) -> row.get(0)))
            .take(1)
            .blockLast(TIMEOUT);
        Mono.from(connection.close()).block(TIMEOUT);
        Thread.sleep(300);

        assertThat(lines("belongs to no exchange")).isZero();
    }

    @Test
    void theSideConnectionOfAKillIsNotLoggedAsANewSession() throws InterruptedException {
        Connection connection = Mono.from(factory.create()).block(TIMEOUT);
        try {
            Flux.from(connection.createStatement("SELECT SLEEP(5)").execute())
                .concatMap(result -> result.map((row, metadata) -> row.get(0)))
                .timeout(Duration.ofMillis(100), Flux.empty())
                .blockLast(TIMEOUT);
            Flux.from(connection.createStatement("SELECT 1").execute())
                .concatMap(result -> result.map((row, metadata) -> row.get(0))).blockLast(TIMEOUT);

            assertThat(lines("Killing a cancelled query")).isEqualTo(1);
            assertThat(lines("Connected to")).isEqualTo(1);
        } finally {
            Mono.from(connection.close()).block(TIMEOUT);
        }
    }
}
