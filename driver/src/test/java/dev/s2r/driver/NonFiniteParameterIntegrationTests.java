/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.test.Protocol;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Integration tests of NaN and infinite bind values: sent as NULL when {@code nanAsNull} / {@code infAsNull} is on
 * (configured or overridden for one pipeline through the Reactor Context), rejected otherwise.
 */
@SingleStoreTest
final class NonFiniteParameterIntegrationTests {

    private static TestDatabase database;

    @BeforeAll
    static void keep(TestDatabase testDatabase) {
        database = testDatabase;
    }

    private static ConnectionFactory factory(Protocol protocol, String option, String value) {
        Map<String, String> options = new HashMap<>(protocol.options());
        if (option != null) {
            options.put(option, value);
        }
        return database.connectionFactory(options);
    }

    private static Mono<Optional<Double>> select(ConnectionFactory factory, Object value) {
        return Mono.usingWhen(factory.create(),
            c -> Mono.from(c.createStatement("SELECT ? + 0e0").bind(0, value).execute())
                .flatMap(r -> Mono.from(r.map((row, md) -> Optional.ofNullable(row.get(0, Double.class))))),
            Connection::close);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nanIsRejectedByDefault(Protocol protocol) {
        StepVerifier.create(select(factory(protocol, null, null), Double.NaN))
            .expectErrorSatisfies(e -> org.assertj.core.api.Assertions.assertThat(e)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nanAsNull"))
            .verify();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nanIsSentAsNullWhenNanAsNullIsOn(Protocol protocol) {
        StepVerifier.create(select(factory(protocol, "nanAsNull", "true"), Double.NaN))
            .expectNext(Optional.empty())
            .verifyComplete();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void infinityIsSentAsNullWhenInfAsNullIsOn(Protocol protocol) {
        StepVerifier.create(select(factory(protocol, "infAsNull", "yes"), Float.NEGATIVE_INFINITY))
            .expectNext(Optional.empty())
            .verifyComplete();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nanAsNullDoesNotCoverInfinity(Protocol protocol) {
        StepVerifier.create(select(factory(protocol, "nanAsNull", "true"), Double.POSITIVE_INFINITY))
            .expectError(IllegalArgumentException.class)
            .verify();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aPipelineCanTurnNanAsNullOnThroughTheReactorContext(Protocol protocol) {
        Flux<Optional<Double>> values = Flux.from(select(factory(protocol, null, null), Double.NaN))
            .contextWrite(SingleStoreOptions.contextWith("nanAsNull", true));

        StepVerifier.create(values).expectNext(Optional.empty()).verifyComplete();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void finiteValuesAreUnaffected(Protocol protocol) {
        StepVerifier.create(select(factory(protocol, "nanAsNull", "true"), 2.5))
            .expectNext(Optional.of(2.5))
            .verifyComplete();
    }
}
