/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.driver.test.DataApiDifferences;
import dev.s2r.driver.test.Wire;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The variable accessors against a server. Reading runs over every {@link Wire}, the Data API included (each read is
 * one request there); setting a session variable needs a session, so its round trips run over the MySQL protocol,
 * and over the Data API it is refused before anything is sent ({@link DataApiDifferences#NO_SESSION}).
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
final class VariableAccessorIntegrationTests {

    private static final Map<Wire, ConnectionFactory> FACTORIES = new EnumMap<>(Wire.class);

    @BeforeAll
    static void createFactories(TestDatabase database) {
        for (Wire wire : Wire.values()) {
            FACTORIES.put(wire, wire.factory(database));
        }
    }

    private static <T> Flux<T> with(ConnectionFactory factory, Function<SingleStoreConnection, Publisher<T>> work) {
        return Flux.usingWhen(Mono.from(factory.create()).cast(SingleStoreConnection.class), work,
            Connection::close);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void autocommitReadsAsABoolean(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.locals().get("autocommit")))
            .expectNext(true)
            .verifyComplete();
    }

    @Test
    void settingABooleanWritesOnOrOff(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> c.locals().set("autocommit", false)
                .then(c.locals().get("autocommit"))))
            .expectNext(false)
            .verifyComplete();
    }

    @Test
    void aNumericVariableReadsAsALong(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> c.locals().set("max_heap_table_size", 33554432L)
                .then(c.locals().get("max_heap_table_size"))))
            .expectNext(33554432L)
            .verifyComplete();
    }

    @Test
    void aDecimalVariableReadsAsABigDecimal(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> c.locals().set("long_query_time", new BigDecimal("2.5"))
                .then(c.locals().get("long_query_time"))))
            .assertNext(value -> assertThat((BigDecimal) value).isEqualByComparingTo("2.5"))
            .verifyComplete();
    }

    @Test
    void aStringVariableRoundTrips(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> c.locals().set("sql_mode", "ANSI_QUOTES,STRICT_ALL_TABLES")
                .then(c.locals().get("sql_mode"))))
            .assertNext(value -> assertThat(((String) value).split(","))
                .containsExactlyInAnyOrder("ANSI_QUOTES", "STRICT_ALL_TABLES"))
            .verifyComplete();
    }

    @Test
    void aSessionChangeLeavesTheGlobalValueAlone(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> c.globals().get("max_heap_table_size")
                .flatMap(global -> c.locals().set("max_heap_table_size", 16384L)
                    .then(c.globals().get("max_heap_table_size"))
                    .map(global::equals))))
            .expectNext(true)
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void anUnknownVariableFailsWithNoSuchElement(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.locals().get("no_such_variable")))
            .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no_such_variable"));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void anUnderscoreInTheNameIsNotAWildcard(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.locals().get("sql_mod_")))
            .verifyError(NoSuchElementException.class);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void allListsEveryVariableOfTheScope(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.locals().all()).collectMap(Map.Entry::getKey, Map.Entry::getValue))
            .assertNext(variables -> assertThat(variables).containsEntry("autocommit", true)
                .containsKey("sql_mode"))
            .verifyComplete();
    }

    @Test
    void settingASessionVariableOverTheDataApiIsRefusedAsNeedingASession() {
        StepVerifier.create(with(FACTORIES.get(Wire.DATA_API), c -> c.locals().set("sql_mode", "ANSI_QUOTES")))
            .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(R2dbcNonTransientResourceException.class)
                .hasMessageContaining("session")
                .extracting(error -> ((R2dbcException) error).getSqlState())
                .isEqualTo(DataApiDifferences.NO_SESSION));
    }

    @Test
    void aRejectedValueFailsWithTheServersError(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> c.locals().set("sql_mode", "NOT_A_MODE")))
            .verifyError(R2dbcException.class);
    }

    @Test
    void clusterScopesFailWithTheServersErrorOutsideSingleStore(ConnectionFactory factory) {
        assumeTrue(with(factory, c -> Mono.just(c.getServerFlavor())).blockLast(Duration.ofSeconds(30))
            != ServerFlavor.SINGLESTORE, "SingleStore has the cluster scopes");

        StepVerifier.create(with(factory, c -> c.clusterLocals().get("autocommit")))
            .verifyError(R2dbcException.class);
        StepVerifier.create(with(factory, c -> c.clusterGlobals().set("autocommit", true)))
            .verifyError(R2dbcException.class);
    }
}
