/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.test.Protocol;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Clob;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Strings that UTF-8 cannot encode exactly (a lone UTF-16 surrogate) are refused, never sent with the surrogate
 * replaced by {@code ?}: as bound values over both protocols (at bind time, or at execute for a {@code Clob}), and
 * in the SQL text itself. Surrogate pairs (emoji) are 4-byte UTF-8 characters and round-trip byte-exact.
 */
@SingleStoreTest
final class LoneSurrogateIntegrationTests {

    private static final String GRINNING_FACE = "\uD83D\uDE00";
    private static final String GRINNING_FACE_HEX = "F09F9880";

    private static TestDatabase database;

    @BeforeAll
    static void createTable(TestDatabase testDatabase) {
        database = testDatabase;
        database.execute("CREATE TABLE texts (id INT NOT NULL PRIMARY KEY, v VARCHAR(20) CHARACTER SET utf8mb4)");
    }

    @BeforeEach
    void empty() {
        database.execute("DELETE FROM texts");
    }

    private static <T> Flux<T> with(Map<String, String> options, Function<Connection, Flux<T>> work) {
        return Flux.usingWhen(database.connectionFactory(options).create(), work, Connection::close);
    }

    private static Flux<String> hexOfRows(Connection connection) {
        return Flux.from(connection.createStatement("SELECT HEX(v) FROM texts ORDER BY id").execute())
            .concatMap(result -> result.map((row, metadata) -> row.get(0, String.class)));
    }

    private static Flux<String> values(Connection connection) {
        return Flux.from(connection.createStatement("SELECT v FROM texts ORDER BY id").execute())
            .concatMap(result -> result.map((row, metadata) -> row.get(0, String.class)));
    }

    private static Mono<Long> count(Connection connection) {
        return Flux.from(connection.createStatement("SELECT COUNT(*) FROM texts").execute())
            .concatMap(result -> result.map((row, metadata) -> row.get(0, Long.class))).single();
    }

    // --- bound values -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void loneSurrogateBoundByIndexIsRefusedNamingTheMarkerAndTheChar(Protocol protocol) {
        with(protocol.options(), connection -> {
            Statement insert = connection.createStatement("INSERT INTO texts VALUES (?, ?)").bind(0, 1);
            assertThatIllegalArgumentException().isThrownBy(() -> insert.bind(1, "x\uD800y"))
                .withMessageContaining("bind marker 1")
                .withMessageContaining("U+D800")
                .withMessageContaining("char index 1")
                .withMessageNotContaining("x\uD800y");
            return count(connection).flux();
        }).as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void loneSurrogateBoundByNameIsRefusedNamingTheMarker(Protocol protocol) {
        with(protocol.options(), connection -> {
            Statement insert = connection.createStatement("INSERT INTO texts VALUES (:id, :v)").bind("id", 1);
            assertThatIllegalArgumentException().isThrownBy(() -> insert.bind("v", "\uDC00"))
                .withMessageContaining("bind marker :v")
                .withMessageContaining("char index 0");
            return count(connection).flux();
        }).as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void loneSurrogateInAClobFailsExecuteNamingTheMarkerAndNothingIsStored(Protocol protocol) {
        with(protocol.options(), connection -> Flux.from(connection.createStatement("INSERT INTO texts VALUES (?, ?)")
                .bind(0, 1).bind(1, Clob.from(Flux.just("ab", "c\uD83D"))).execute())
            .concatMap(Result::getRowsUpdated)
            .map(Object::toString)
            .onErrorResume(IllegalArgumentException.class, e -> Mono.just(e.getMessage()))
            .concatWith(count(connection).map(Object::toString)))
            .as(StepVerifier::create)
            .assertNext(message -> assertThat(message).contains("bind marker 1").contains("char index 3"))
            .expectNext("0")
            .verifyComplete();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void emojiRoundTripsAsFourByteUtf8(Protocol protocol) {
        String value = "a" + GRINNING_FACE + "b";
        with(protocol.options(), connection -> Flux.from(connection.createStatement("INSERT INTO texts VALUES (?, ?)")
                .bind(0, 1).bind(1, value).execute())
            .concatMap(Result::getRowsUpdated)
            .thenMany(hexOfRows(connection).concatWith(values(connection))))
            .as(StepVerifier::create)
            .expectNext("61" + GRINNING_FACE_HEX + "62", value)
            .verifyComplete();
    }

    static List<Map<String, String>> batchPaths() {
        return List.of(
            Protocol.TEXT.options(),
            Protocol.PREPARED.options(),
            Protocol.PREPARED.options(Map.of("useBulkStmts", "false")),
            Protocol.PREPARED.options(Map.of("useBulkStmts", "false", "rewriteBatchedInserts", "false")));
    }

    @ParameterizedTest
    @MethodSource("batchPaths")
    void emojiRoundTripsThroughBatchesBulkAndRewrites(Map<String, String> options) {
        with(options, connection -> Flux.from(connection.createStatement("INSERT INTO texts VALUES (?, ?)")
                .bind(0, 1).bind(1, GRINNING_FACE).add()
                .bind(0, 2).bind(1, "x" + GRINNING_FACE).execute())
            .concatMap(Result::getRowsUpdated)
            .thenMany(hexOfRows(connection)))
            .as(StepVerifier::create)
            .expectNext(GRINNING_FACE_HEX, "78" + GRINNING_FACE_HEX)
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("batchPaths")
    void loneSurrogateInALaterBindingOfABatchIsRefused(Map<String, String> options) {
        with(options, connection -> {
            Statement insert = connection.createStatement("INSERT INTO texts VALUES (?, ?)")
                .bind(0, 1).bind(1, "ok").add().bind(0, 2);
            assertThatIllegalArgumentException().isThrownBy(() -> insert.bind(1, "\uD800"))
                .withMessageContaining("bind marker 1");
            return count(connection).flux();
        }).as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    // --- SQL text ---------------------------------------------------------------------------------------------------

    @Test
    void loneSurrogateInSqlTextIsRefusedByCreateStatementNamingItsPosition(ConnectionFactory factory) {
        Flux.usingWhen(factory.create(), connection -> {
            assertThatIllegalArgumentException()
                .isThrownBy(() -> connection.createStatement("INSERT INTO texts VALUES (1, 'x\uD800')"))
                .withMessageContaining("U+D800")
                .withMessageContaining("char index 31");
            return count(connection).flux();
        }, Connection::close).as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @Test
    void loneSurrogateInABatchStatementIsRefusedWhenAdded(ConnectionFactory factory) {
        Flux.usingWhen(factory.create(), connection -> {
            assertThatIllegalArgumentException()
                .isThrownBy(() -> connection.createBatch().add("INSERT INTO texts VALUES (1, 'ok')")
                    .add("INSERT INTO texts VALUES (2, '\uDBFF')"))
                .withMessageContaining("char index 30");
            return count(connection).flux();
        }, Connection::close).as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @Test
    void loneSurrogateInASavepointNameIsRefused(ConnectionFactory factory) {
        Flux.usingWhen(factory.create(), connection -> {
            assertThatIllegalArgumentException().isThrownBy(() -> connection.createSavepoint("sp\uD800"))
                .withMessageContaining("char index 2");
            return count(connection).flux();
        }, Connection::close).as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void emojiInSqlTextRoundTripsWithAndWithoutBindings(Protocol protocol) {
        with(protocol.options(), connection -> Flux.from(connection.createStatement(
                "INSERT INTO texts VALUES (1, '" + GRINNING_FACE + "')").execute())
            .concatMap(Result::getRowsUpdated)
            .thenMany(Flux.from(connection.createStatement("INSERT INTO texts VALUES (?, '" + GRINNING_FACE + "!')")
                .bind(0, 2).execute()))
            .concatMap(Result::getRowsUpdated)
            .thenMany(hexOfRows(connection)))
            .as(StepVerifier::create)
            .expectNext(GRINNING_FACE_HEX, GRINNING_FACE_HEX + "21")
            .verifyComplete();
    }
}
