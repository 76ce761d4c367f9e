/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcBadGrammarException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server error in the usual {@code usingWhen(create(), ..., Connection::close)} pattern reaches the subscriber
 * once, and nothing else: no second error is dropped (Reactor would log it at ERROR as "onErrorDropped").
 */
@SingleStoreTest
final class DroppedErrorsIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static ConnectionFactory factory;
    private final List<Throwable> dropped = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void setUp(TestDatabase database) {
        factory = database.connectionFactory();
    }

    @BeforeEach
    void captureDroppedErrors() {
        Hooks.onErrorDropped(this.dropped::add);
    }

    @AfterEach
    void restore() {
        Hooks.resetOnErrorDropped();
    }

    @Test
    void aServerErrorInsideUsingWhenDropsNoOtherError() throws InterruptedException {
        StepVerifier.create(Flux.usingWhen(factory.create(),
                c -> Flux.from(c.createStatement("SELECT * FROM no_such_table").execute())
                    .concatMap(result -> result.map((row, metadata) -> row.get(0))),
                Connection::close))
            .expectError(R2dbcBadGrammarException.class)
            .verify(TIMEOUT);
        Thread.sleep(300);

        assertThat(this.dropped).isEmpty();
    }

    @Test
    void aFailingShowAccessorDropsNoOtherError() throws InterruptedException {
        StepVerifier.create(Flux.usingWhen(factory.create(),
                c -> ((SingleStoreConnection) c).locals().get("no_such_variable_at_all"),
                Connection::close))
            .expectError()
            .verify(TIMEOUT);
        Thread.sleep(300);

        assertThat(this.dropped).isEmpty();
    }

    @Test
    void aServerErrorInsideUsingWhenWithABindDropsNoOtherError() throws InterruptedException {
        StepVerifier.create(Flux.usingWhen(factory.create(),
                c -> Flux.from(c.createStatement("SELECT * FROM no_such_table WHERE id = ?").bind(0, 1).execute())
                    .concatMap(result -> result.map((row, metadata) -> row.get(0))),
                Connection::close))
            .expectError(R2dbcBadGrammarException.class)
            .verify(TIMEOUT);
        Thread.sleep(300);

        assertThat(this.dropped).isEmpty();
    }
}
