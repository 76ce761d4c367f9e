/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.test.Wire;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Zero dates ({@code 0000-00-00}, stored by a server whose sql_mode allows them) read with each
 * {@code zeroDateOption}, over every {@link Wire}: {@code null} by default, as the Python SDK reads them
 * (python-sdk-driver.md §5: zero dates and datetimes convert to None).
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
final class ZeroDateIntegrationTests {

    private static TestDatabase database;

    @BeforeAll
    static void storeZeroDates(TestDatabase testDatabase) {
        database = testDatabase;
        database.execute("CREATE TABLE zero_dates (id INT PRIMARY KEY, d DATE, dt DATETIME(6))",
            "SET SESSION sql_mode = ''",
            "INSERT INTO zero_dates VALUES (1, '0000-00-00', '0000-00-00 00:00:00'), (2, '2024-02-29', "
                + "'2024-02-29 12:34:56.000007')");
    }

    private static <T> List<T> read(Wire wire, String option, Function<io.r2dbc.spi.Row, T> mapper) {
        Map<String, String> options = new HashMap<>();
        if (option != null) {
            options.put("zeroDateOption", option);
        }
        return Flux.usingWhen(wire.factory(database, options).create(),
                c -> Flux.from(c.createStatement("SELECT d, dt FROM zero_dates WHERE id > ? ORDER BY id").bind(0, 0)
                    .execute()).concatMap(r -> r.map((row, md) -> mapper.apply(row))),
                Connection::close)
            .collectList().block(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void zeroDatesReadAsNullByDefault(Wire wire) {
        List<List<Optional<Object>>> rows = read(wire, null, row -> List.of(
            Optional.ofNullable(row.get("d", LocalDate.class)), Optional.ofNullable(row.get("dt", LocalDateTime.class)),
            Optional.ofNullable(row.get("dt", Instant.class)), Optional.ofNullable(row.get("d")),
            Optional.ofNullable(row.get("dt"))));

        assertThat(rows.get(0)).containsOnly(Optional.empty());
        assertThat(rows.get(1).get(0)).contains(LocalDate.of(2024, 2, 29));
        assertThat(rows.get(1).get(1)).contains(LocalDateTime.of(2024, 2, 29, 12, 34, 56, 7000));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void zeroDatesFailNamingTheColumnWithTheExceptionOption(Wire wire) {
        assertThatThrownBy(() -> read(wire, "EXCEPTION", row -> row.get("d", LocalDate.class)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("zero date")
            .hasMessageContaining("'d'");
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void zeroDatesReadAsTheServersTextAsString(Wire wire) {
        List<List<String>> rows = read(wire, "EXCEPTION", row -> List.of(row.get("d", String.class),
            row.get("dt", String.class)));

        assertThat(rows.get(0)).containsExactly("0000-00-00", "0000-00-00 00:00:00.000000");
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void zeroDatesReadAsNullWithTheNullOption(Wire wire) {
        List<List<Optional<Object>>> rows = read(wire, "NULL", row -> List.of(
            Optional.ofNullable(row.get("d", LocalDate.class)), Optional.ofNullable(row.get("dt", LocalDateTime.class)),
            Optional.ofNullable(row.get("dt", Instant.class)), Optional.ofNullable(row.get("d"))));

        assertThat(rows.get(0)).containsOnly(Optional.empty());
        assertThat(rows.get(1).get(0)).contains(LocalDate.of(2024, 2, 29));
        assertThat(rows.get(1).get(1)).contains(LocalDateTime.of(2024, 2, 29, 12, 34, 56, 7000));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void zeroDatesRoundToTheFirstDayOfYearOneWithTheRoundOption(Wire wire) {
        List<List<Object>> rows = read(wire, "round", row -> List.of(row.get("d", LocalDate.class),
            row.get("dt", LocalDateTime.class)));

        assertThat(rows.get(0)).containsExactly(LocalDate.of(1, 1, 1), LocalDateTime.of(1, 1, 1, 0, 0));
        assertThat(rows.get(1)).containsExactly(LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 12, 34, 56, 7000));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void anUnknownOptionIsRejectedNamingIt(Wire wire) {
        assertThatThrownBy(() -> read(wire, "sometimes", row -> row.get("d")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("zeroDateOption");
    }
}
