/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreRow;
import dev.s2r.driver.test.Wire;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Integration tests of the primitive getters of {@link SingleStoreRow}, over every {@link Wire}: the text and the
 * binary protocol, and the Data API.
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
final class PrimitiveGettersIntegrationTests {

    private static TestDatabase database;

    @BeforeAll
    static void createTable(TestDatabase testDatabase) {
        database = testDatabase;
        database.execute("CREATE TABLE prims (id INT PRIMARY KEY, b BIGINT, ub BIGINT UNSIGNED, i INT, "
                + "ui INT UNSIGNED, s SMALLINT, t TINYINT, y YEAR, d DOUBLE, f FLOAT, txt VARCHAR(10))",
            "INSERT INTO prims VALUES (1, -9223372036854775808, 18446744073709551615, -2147483648, 4294967295, "
                + "-32768, -128, 2155, -1.5e300, 2.5, '42')",
            "INSERT INTO prims VALUES (2, 9223372036854775807, 9223372036854775807, 2147483647, 0, 32767, 127, "
                + "1901, 0.1, -0.5, 'x')",
            "INSERT INTO prims VALUES (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
    }

    private static <T> List<T> rows(Wire wire, Function<SingleStoreRow, T> mapper) {
        return Flux.usingWhen(wire.factory(database).create(),
                c -> Flux.from(c.createStatement("SELECT * FROM prims WHERE id > ? ORDER BY id").bind(0, 0).execute())
                    .concatMap(r -> r.map((row, md) -> mapper.apply((SingleStoreRow) row))),
                Connection::close)
            .collectList().block(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void integerGettersReturnTheSameValuesAsGet(Wire wire) {
        List<Boolean> same = rows(wire, row -> {
            for (String column : new String[]{"b", "i", "ui", "s", "t", "y"}) {
                int index = row.getMetadata().getColumnMetadatas().indexOf(row.getMetadata().getColumnMetadata(column));
                Long boxed = row.get(index, Long.class);
                if (boxed == null ? !row.isNull(index) || row.getLong(index) != 0 : row.getLong(index) != boxed) {
                    return false;
                }
            }
            return true;
        });

        assertThat(same).containsOnly(true).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void doubleGetterReturnsTheSameValuesAsGet(Wire wire) {
        List<Double> values = rows(wire, row -> row.getDouble(8));

        assertThat(values).containsExactly(-1.5e300, 0.1, 0.0);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void nullReadsAsZeroAndIsReportedByIsNull(Wire wire) {
        List<String> values = rows(wire, row -> row.isNull(1) + ":" + row.getLong(1) + ":" + row.getInt(3));

        assertThat(values).containsExactly("false:-9223372036854775808:-2147483648", "false:9223372036854775807:2147483647",
            "true:0:0");
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void unsignedBigintAboveLongMaxIsAnError(Wire wire) {
        assertThatThrownBy(() -> rows(wire, row -> row.getLong(2)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void intGetterRejectsValuesThatDoNotFit(Wire wire) {
        assertThatThrownBy(() -> rows(wire, row -> row.getInt(4)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void floatColumnsReadAsDoubleLikeGet(Wire wire) {
        List<Boolean> same = rows(wire, row -> row.isNull(9) || row.getDouble(9) == row.get(9, Double.class));

        assertThat(same).containsOnly(true).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aRowReadAfterItsMappingFunctionReturnedIsRefused(Wire wire) {
        SingleStoreRow kept = rows(wire, row -> row).get(0);

        assertThatThrownBy(() -> kept.get(0, Integer.class)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("already released");
        assertThatThrownBy(() -> kept.getLong(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> kept.isNull(1)).isInstanceOf(IllegalStateException.class);
    }
}
