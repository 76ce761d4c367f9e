/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.test.SingleStoreEmulator;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code r2dbc:pool:singlestore://} URLs: r2dbc-pool reads its options from the query and hands every query option
 * on to the driver, which accepts the pool's and applies its own. Against {@link SingleStoreEmulator}, no server.
 */
final class PoolUrlTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SingleStoreEmulator emulator;
    private ConnectionFactory factory;

    @BeforeEach
    void openPool() {
        this.emulator = SingleStoreEmulator.start();
        this.factory = ConnectionFactories.get("r2dbc:pool:singlestore://app@127.0.0.1:" + this.emulator.port()
            + "/?maxSize=2&initialSize=1&pipelineLimit=8");
    }

    @AfterEach
    void closePool() {
        if (this.factory instanceof ConnectionPool) {
            ((ConnectionPool) this.factory).dispose();
        }
        this.emulator.close();
    }

    @Test
    void thePoolTakesItsOptionsAndTheDriverItsOwn() {
        assertThat(this.factory).isInstanceOf(ConnectionPool.class);
        ConnectionPool pool = (ConnectionPool) this.factory;

        assertThat(pool.getMetrics()).hasValueSatisfying(metrics ->
            assertThat(metrics.getMaxAllocatedSize()).isEqualTo(2));
        assertThat(pool.unwrap()).isInstanceOfSatisfying(SingleStoreConnectionFactory.class, driver ->
            assertThat(driver.getConfiguration().get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(8));
    }

    @Test
    void thePoolLendsConnectionsToTheServer() {
        StepVerifier.create(Mono.usingWhen(this.factory.create(),
                connection -> Mono.from(connection.validate(ValidationDepth.LOCAL)), Connection::close))
            .expectNext(true)
            .expectComplete()
            .verify(TIMEOUT);
    }
}
