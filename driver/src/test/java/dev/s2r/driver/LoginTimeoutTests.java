/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.test.SilentListener;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcTimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A server that accepts the connection and never sends its greeting fails create() within connectTimeout. */
final class LoginTimeoutTests {

    @Test
    void aServerThatNeverGreetsFailsCreateWithinTheConnectTimeout() throws IOException {
        try (SilentListener silent = new SilentListener()) {
            ConnectionFactory factory = ConnectionFactories.get("r2dbc:singlestore://u:p@127.0.0.1:" + silent.port()
                + "/db?connectTimeout=1s&sslMode=DISABLED");

            StepVerifier.create(Mono.from(factory.create()))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcTimeoutException.class)
                    .hasMessageContaining("did not complete the login within connectTimeout (PT1S)")
                    .hasMessageNotContaining(":p@"))
                .verify(Duration.ofSeconds(10));
            assertThat(silent.accepted()).isEqualTo(1);
        }
    }

    @Test
    void aPoolAcquireFailsInsteadOfWaitingForever() throws IOException {
        try (SilentListener silent = new SilentListener()) {
            ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(
                    "r2dbc:singlestore://u:p@127.0.0.1:" + silent.port() + "/db?connectTimeout=500ms&sslMode=DISABLED"))
                .initialSize(0).maxSize(1).build());
            try {
                StepVerifier.create(pool.create())
                    .expectError(R2dbcTimeoutException.class)
                    .verify(Duration.ofSeconds(10));
            } finally {
                pool.disposeLater().block(Duration.ofSeconds(10));
            }
        }
    }
}
