/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.util.Map;
import java.util.Optional;

/**
 * NaN and infinity bound through {@link SingleStoreParameters}, in both protocols.
 */
@SingleStoreTest
final class SingleStoreParametersIntegrationTests {

    private static Flux<Optional<Object>> select(ConnectionFactory factory, Parameter parameter) {
        return Flux.usingWhen(Mono.from(factory.create()),
            c -> Flux.from(c.createStatement("SELECT ? AS x").bind(0, parameter).execute())
                .concatMap(result -> result.map(row -> Optional.ofNullable(row.get(0)))),
            Connection::close);
    }

    @ParameterizedTest(name = "useServerPrepStmts={0}")
    @ValueSource(strings = {"true", "false"})
    void nanIsSentAsNull(String serverPrepared, TestDatabase database) {
        ConnectionFactory factory = database.connectionFactory(Map.of("useServerPrepStmts", serverPrepared));

        StepVerifier.create(select(factory, SingleStoreParameters.nanAsNull(Double.NaN)))
            .expectNext(Optional.empty())
            .verifyComplete();
    }

    @ParameterizedTest(name = "useServerPrepStmts={0}")
    @ValueSource(strings = {"true", "false"})
    void aFiniteValueIsSentAsIs(String serverPrepared, TestDatabase database) {
        ConnectionFactory factory = database.connectionFactory(Map.of("useServerPrepStmts", serverPrepared));

        StepVerifier.create(select(factory, SingleStoreParameters.infAsNull(1.234))
                .map(value -> ((Number) value.orElseThrow()).doubleValue()))
            .expectNext(1.234)
            .verifyComplete();
    }
}
