/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement cancelled before the server answered (a WebFlux request timeout, {@code Flux.timeout}) is killed on
 * the server, so the connection's next user does not wait for it; the kill never reaches the next statement.
 */
@SingleStoreTest
final class CancelBeforeAnswerIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static ConnectionFactory factory;

    @BeforeAll
    static void setUp(TestDatabase database) {
        factory = database.connectionFactory();
    }

    @Test
    void thePooledConnectionOfATimedOutStatementServesTheNextStatementAtOnce() {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
            .initialSize(1).maxSize(1).build());
        try {
            StepVerifier.create(Flux.usingWhen(pool.create(),
                        c -> Flux.from(c.createStatement("SELECT SLEEP(8)").execute())
                            .concatMap(r -> r.map((row, md) -> row.get(0))),
                        Connection::close)
                    .timeout(Duration.ofMillis(200)))
                .expectError(TimeoutException.class)
                .verify(TIMEOUT);

            // without the kill, the pool's one connection is busy with SLEEP(8) for about eight more seconds
            StepVerifier.create(Flux.usingWhen(pool.create(),
                    c -> Flux.from(c.createStatement("SELECT 1").execute())
                        .concatMap(r -> r.map((row, md) -> row.get(0, Integer.class))),
                    Connection::close))
                .expectNext(1)
                .expectComplete()
                .verify(Duration.ofSeconds(4));
        } finally {
            pool.disposeLater().block(TIMEOUT);
        }
    }

    @Test
    void theKillOfACancelledQueryNeverReachesTheNextStatement() {
        Connection connection = Mono.from(factory.create()).block(TIMEOUT);
        try {
            for (int i = 0; i < 20; i++) {
                // cancelled at once, before the (fast) answer: the kill may come after the query ended
                Flux.from(connection.createStatement("SELECT " + i).execute())
                    .concatMap(r -> r.map((row, md) -> row.get(0))).take(0).blockLast(TIMEOUT);
                Integer slept = Flux.from(connection.createStatement("SELECT SLEEP(0.05)").execute())
                    .concatMap(r -> r.map((row, md) -> row.get(0, Integer.class))).blockLast(TIMEOUT);

                assertThat(slept).as("SLEEP returns 1 when it was killed").isZero();
            }
        } finally {
            Mono.from(connection.close()).block(TIMEOUT);
        }
    }
}
