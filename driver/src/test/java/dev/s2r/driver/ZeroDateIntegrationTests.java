/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.test.Protocol;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
 * {@code zeroDateOption}, over both protocols.
 */
@SingleStoreTest
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

    private static <T> List<T> read(Protocol protocol, String option, Function<io.r2dbc.spi.Row, T> mapper) {
        Map<String, String> options = new HashMap<>(protocol.options());
        if (option != null) {
            options.put("zeroDateOption", option);
        }
        return Flux.usingWhen(database.connectionFactory(options).create(),
                c -> Flux.from(c.createStatement("SELECT d, dt FROM zero_dates WHERE id > ? ORDER BY id").bind(0, 0)
                    .execute()).concatMap(r -> r.map((row, md) -> mapper.apply(row))),
                Connection::close)
            .collectList().block(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void zeroDatesFailByDefaultNamingTheColumn(Protocol protocol) {
        assertThatThrownBy(() -> read(protocol, null, row -> row.get("d", LocalDate.class)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("zero date");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void zeroDatesReadAsNullWithTheNullOption(Protocol protocol) {
        List<List<Optional<Object>>> rows = read(protocol, "NULL", row -> List.of(
            Optional.ofNullable(row.get("d", LocalDate.class)), Optional.ofNullable(row.get("dt", LocalDateTime.class)),
            Optional.ofNullable(row.get("dt", Instant.class)), Optional.ofNullable(row.get("d"))));

        assertThat(rows.get(0)).containsOnly(Optional.empty());
        assertThat(rows.get(1).get(0)).contains(LocalDate.of(2024, 2, 29));
        assertThat(rows.get(1).get(1)).contains(LocalDateTime.of(2024, 2, 29, 12, 34, 56, 7000));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void zeroDatesRoundToTheFirstDayOfYearOneWithTheRoundOption(Protocol protocol) {
        List<List<Object>> rows = read(protocol, "round", row -> List.of(row.get("d", LocalDate.class),
            row.get("dt", LocalDateTime.class)));

        assertThat(rows.get(0)).containsExactly(LocalDate.of(1, 1, 1), LocalDateTime.of(1, 1, 1, 0, 0));
        assertThat(rows.get(1)).containsExactly(LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 12, 34, 56, 7000));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void anUnknownOptionIsRejectedNamingIt(Protocol protocol) {
        assertThatThrownBy(() -> read(protocol, "sometimes", row -> row.get("d")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("zeroDateOption");
    }
}
