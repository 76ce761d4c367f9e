/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.Vector;
import dev.s2r.driver.test.SingleStoreEmulator;
import dev.s2r.driver.test.VectorTables;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole path from {@link ConnectionFactories} to {@code Row.get(…, float[].class)} against
 * {@link SingleStoreEmulator}, a test server that speaks the handshake, answers the driver's setup queries as
 * SingleStore 8.9.3 would, and returns wire fixtures of the Python SDK's vector tables with extended type metadata.
 * <p>
 * No SingleStore server runs here. Running the same assertions against a real SingleStore when
 * {@code SINGLESTOREDB_URL} is set is a later step.
 */
final class SingleStoreEmulatorTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String EXTENDED_TYPES_BINARY = "SET @@SESSION.enable_extended_types_metadata=ON, "
        + "@@SESSION.vector_type_project_format=BINARY";

    private SingleStoreEmulator emulator = SingleStoreEmulator.start();

    @AfterEach
    void stopEmulator() {
        this.emulator.close();
    }

    @Test
    void connectionMetadataReportsSingleStoreAndItsEngineVersion() {
        StepVerifier.create(withConnection("", connection -> Mono.just(connection.getMetadata())))
            .assertNext(metadata -> {
                assertThat(metadata.getDatabaseProductName()).isEqualTo("SingleStore");
                assertThat(metadata.getDatabaseVersion()).isEqualTo("8.9.3");
            })
            .expectComplete()
            .verify(TIMEOUT);
    }

    @Test
    void connectingAsksForExtendedTypesWithTheBinaryProjectionByDefault() {
        StepVerifier.create(withConnection("", connection -> Mono.just(connection.getMetadata())))
            .expectNextCount(1)
            .expectComplete()
            .verify(TIMEOUT);

        assertThat(this.emulator.statements()).contains(EXTENDED_TYPES_BINARY);
    }

    @Test
    void extendedTypesRequestFollowsTheSetupQuery() {
        StepVerifier.create(withConnection("", connection -> Mono.just(connection.getMetadata())))
            .expectNextCount(1)
            .expectComplete()
            .verify(TIMEOUT);

        assertThat(this.emulator.statements()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(this.emulator.statements().get(0)).startsWith("SELECT @@max_allowed_packet");
        assertThat(this.emulator.statements().get(1)).isEqualTo(EXTENDED_TYPES_BINARY);
    }

    @Test
    void extendedTypesRequestIsPipelinedBehindTheSetupQueryInTheSameRoundTrip() {
        this.emulator.close();
        this.emulator = SingleStoreEmulator.startAnsweringSetupOnlyWhenPipelined();

        StepVerifier.create(withConnection("", connection -> Mono.just(connection.getMetadata().getDatabaseVersion())))
            .expectNext("8.9.3")
            .expectComplete()
            .verify(TIMEOUT);
    }

    @Test
    void vectorDataFormatJsonAsksForTheJsonProjection() {
        StepVerifier.create(withConnection("&vectorDataFormat=json", connection -> Mono.just(true)))
            .expectNext(true)
            .expectComplete()
            .verify(TIMEOUT);

        assertThat(this.emulator.statements()).contains("SET @@SESSION.enable_extended_types_metadata=ON, "
            + "@@SESSION.vector_type_project_format=JSON");
    }

    @Test
    void extendedTypesAreNotRequestedWhenDisabled() {
        StepVerifier.create(withConnection("&enableExtendedDataTypes=false", connection -> Mono.just(true)))
            .expectNext(true)
            .expectComplete()
            .verify(TIMEOUT);

        assertThat(this.emulator.statements()).noneMatch(sql -> sql.contains("enable_extended_types_metadata"));
    }

    @Test
    void withoutExtendedTypesAVectorIsItsJsonText() {
        StepVerifier.create(withConnection("&enableExtendedDataTypes=false",
                connection -> select(connection, "f32_vectors", (row, metadata) -> row.get("a")).next()))
            .expectNext("[0.267261237,0.534522474,0.801783681]")
            .expectComplete()
            .verify(TIMEOUT);
    }

    @Test
    void aServerThatRejectsExtendedTypesIsToleratedSilently() {
        this.emulator.close();
        this.emulator = SingleStoreEmulator.startRejectingExtendedTypes();

        StepVerifier.create(withConnection("",
                connection -> select(connection, "i32_vectors", (row, metadata) -> row.get("a")).next()))
            .expectNext("[1,2,3]")
            .expectComplete()
            .verify(TIMEOUT);
    }

    @Test
    void f32VectorsAreReadAsFloatArrays() {
        StepVerifier.create(withConnection("",
                connection -> select(connection, "f32_vectors", (row, metadata) -> row.get("a", float[].class))
                    .collectList()))
            .assertNext(rows -> {
                assertThat(rows).hasSize(3);
                assertThat(rows.get(0)).containsExactly(0.267261237f, 0.534522474f, 0.801783681f);
                assertThat(rows.get(1)).containsExactly(0.371390671f, 0.557085991f, 0.742781341f);
                assertThat(rows.get(2)).containsExactly(-0.424264073f, -0.565685451f, 0.707106829f);
            })
            .expectComplete()
            .verify(TIMEOUT);
    }

    @Test
    void vectorColumnMetadataIsNamedLikeItsDdl() {
        StepVerifier.create(withConnection("", connection -> select(connection, "f32_vectors",
                (row, metadata) -> metadata.getColumnMetadata("a")).next()))
            .assertNext(column -> {
                assertThat(column.getType().getName()).isEqualTo("VECTOR(3, F32)");
                assertThat(column.getJavaType()).isEqualTo(float[].class);
            })
            .expectComplete()
            .verify(TIMEOUT);
    }

    @ParameterizedTest
    @EnumSource(VectorTables.class)
    void everyVectorTableReadsAsTheDefaultTypeInTheBinaryProjection(VectorTables table) {
        assertTableReads(table, "");
    }

    @ParameterizedTest
    @EnumSource(VectorTables.class)
    void everyVectorTableReadsAsTheDefaultTypeInTheJsonProjection(VectorTables table) {
        assertTableReads(table, "&vectorDataFormat=JSON");
    }

    @Test
    void vectorsReadTheSameAsVectorValuesInBothProjections() {
        Mono<Vector> binary = withConnection("", connection -> select(connection, "i16_vectors",
            (row, metadata) -> row.get("a", Vector.class)).last());
        Mono<Vector> json = withConnection("&vectorDataFormat=JSON", connection -> select(connection, "i16_vectors",
            (row, metadata) -> row.get("a", Vector.class)).last());

        StepVerifier.create(Mono.zip(binary, json))
            .assertNext(both -> {
                assertThat(both.getT1()).isEqualTo(both.getT2());
                assertThat(both.getT1()).hasToString("[-1,-4,8]");
            })
            .expectComplete()
            .verify(TIMEOUT);
    }

    private void assertTableReads(VectorTables table, String options) {
        StepVerifier.create(withConnection(options, connection -> select(connection, table.table(),
                (row, metadata) -> row.get("a")).collectList()))
            .assertNext(rows -> {
                assertThat(rows).hasSize(table.rowCount());
                for (int row = 0; row < rows.size(); row++) {
                    assertThat(rows.get(row)).isInstanceOf(table.defaultType());
                    double[] expected = table.values(row);
                    for (int i = 0; i < expected.length; i++) {
                        double actual = ((Number) Array.get(rows.get(row), i)).doubleValue();
                        if (table.isApproximate()) {
                            assertThat(actual).isCloseTo(expected[i], within(0.005));
                        } else if (table == VectorTables.F32) {
                            assertThat((float) actual).isEqualTo((float) expected[i]);
                        } else {
                            assertThat(actual).isEqualTo(expected[i]);
                        }
                    }
                }
            })
            .expectComplete()
            .verify(TIMEOUT);
    }

    private static <T> Flux<T> select(Connection connection, String table,
                                      BiFunction<Row, RowMetadata, T> mapper) {
        return Flux.from(connection.createStatement("SELECT a FROM " + table).execute())
            .flatMap(result -> result.map(mapper));
    }

    private <T> Mono<T> withConnection(String options,
                                       java.util.function.Function<Connection, Mono<T>> work) {
        String url = "r2dbc:singlestore://root:pw@127.0.0.1:" + this.emulator.port() + "/db?sslMode=DISABLED"
            + options;
        return Mono.usingWhen(ConnectionFactories.get(url).create(), work, Connection::close);
    }
}
