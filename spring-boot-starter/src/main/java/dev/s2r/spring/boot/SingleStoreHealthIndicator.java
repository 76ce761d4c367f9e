/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Objects;

/**
 * Health of a SingleStore {@link ConnectionFactory}: opens a connection, asks the server whether it is valid
 * ({@link ValidationDepth#REMOTE}: a round trip) and closes it, whatever happened. UP with the database product and
 * the validation's duration; DOWN when the connection fails, is not valid, or the check outlasts its timeout.
 */
public final class SingleStoreHealthIndicator implements ReactiveHealthIndicator {

    private final ConnectionFactory factory;
    private final Duration timeout;

    /**
     * @param factory the connections to check
     * @param timeout the longest a check may take
     */
    public SingleStoreHealthIndicator(ConnectionFactory factory, Duration timeout) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** @return UP or DOWN, never an error */
    @Override
    public Mono<Health> health() {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return Mono.usingWhen(this.factory.create(), this::check, Connection::close,
                    (connection, error) -> connection.close(), Connection::close)
                .map(health -> health.withDetail("validationMillis",
                    Duration.ofNanos(System.nanoTime() - start).toMillis()).build());
        })
            .timeout(this.timeout)
            .onErrorResume(error -> Mono.just(Health.down(error).build()));
    }

    private Mono<Health.Builder> check(Connection connection) {
        String product = connection.getMetadata().getDatabaseProductName();
        return Mono.from(connection.validate(ValidationDepth.REMOTE))
            .map(valid -> (valid ? Health.up() : Health.down()).withDetail("database", product));
    }
}
