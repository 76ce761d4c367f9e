/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.types;

import dev.s2r.driver.test.DataApiDifferences;
import dev.s2r.driver.test.Wire;
import dev.s2r.driver.types.AllTypes.Column;
import dev.s2r.driver.types.AllTypes.RowKind;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Row.get(i, String.class)} of every non-binary column is the server's own text of the value, whatever the
 * wire: the text protocol sends that text, so its rows are the expectation, and server-prepared statements (binary
 * rows) and the Data API must read the same, except where {@link DataApiDifferences} declares that the Data API's
 * answer cannot carry it.
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
class ServerTextIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Columns whose text depends on the declared scale or display rules, with values that show it. */
    private static final Map<String, List<String>> TEXTS = texts();

    private static TestDatabase database;

    @BeforeAll
    static void createFixtures(TestDatabase testDatabase) {
        database = testDatabase;
        List<String> statements = new ArrayList<>();
        statements.add(AllTypes.createTable(AllTypes.TABLE));
        for (RowKind row : RowKind.values()) {
            statements.add(AllTypes.insert(row));
        }
        statements.add(TEXTS.keySet().stream().map(column -> column.replace(':', ' '))
            .collect(Collectors.joining(", ", "CREATE TABLE texts (id INT NOT NULL PRIMARY KEY, ", ")")));
        int rows = TEXTS.values().iterator().next().size();
        for (int row = 0; row < rows; row++) {
            int index = row;
            statements.add(TEXTS.values().stream().map(values -> values.get(index))
                .collect(Collectors.joining(", ", "INSERT INTO texts VALUES (" + row + ", ", ")")));
        }
        database.execute(statements.toArray(String[]::new));
    }

    private static Map<String, List<String>> texts() {
        Map<String, List<String>> texts = new java.util.LinkedHashMap<>();
        texts.put("dt0:DATETIME", List.of("'2024-01-02 03:04:05'", "'2024-01-02 00:00:00'", "NULL", "NULL"));
        texts.put("dt3:DATETIME(3)", List.of("'2024-01-02 03:04:05.12'", "'2024-01-02 03:04:05'", "NULL", "NULL"));
        texts.put("dt6:DATETIME(6)", List.of("'2024-01-02 03:04:05.12'", "'2024-01-02 03:04:05'", "NULL", "NULL"));
        texts.put("ts2:TIMESTAMP(2) NULL", List.of("'2024-01-02 03:04:05.1'", "'2024-01-02 03:04:05'", "NULL",
            "NULL"));
        texts.put("t0:TIME", List.of("'-01:02:03'", "'00:00:00'", "'838:59:59'", "NULL"));
        texts.put("t3:TIME(3)", List.of("'-01:02:03.1'", "'00:00:00'", "'123:04:05.12'", "NULL"));
        texts.put("y:YEAR", List.of("0", "2024", "1901", "NULL"));
        texts.put("dec52:DECIMAL(5,2)", List.of("1.5", "-0.5", "0", "NULL"));
        texts.put("dec0:DECIMAL(10,0)", List.of("42", "-7", "0", "NULL"));
        texts.put("f:FLOAT", List.of("1e20", "1.5e-7", "123456789", "0.1"));
        texts.put("d:DOUBLE", List.of("1e20", "1.5e-7", "1234567890123456789", "5e-324"));
        texts.put("f2:FLOAT", List.of("1e15", "999999999999999", "1234565", "-0.0"));
        texts.put("d2:DOUBLE", List.of("1e15", "999999999999999", "1.2345678901234567e-15", "1e-16"));
        texts.put("d102:DOUBLE(10,2)", List.of("12345678.125", "0.005", "-1", "NULL"));
        texts.put("b:BOOL", List.of("1", "0", "-128", "NULL"));
        texts.put("j:JSON", List.of("'{\"a\": 1,  \"b\":[1, 2.50]}'", "'\"x\"'", "'1.0'", "'[]'"));
        return texts;
    }

    static Stream<Arguments> wiresAndRows() {
        return Stream.of(Wire.PREPARED, Wire.DATA_API)
            .flatMap(wire -> Arrays.stream(RowKind.values()).map(row -> Arguments.of(wire, row)));
    }

    @ParameterizedTest(name = "{0}, {1} row")
    @MethodSource("wiresAndRows")
    void everyNonBinaryColumnOfAllTypesReadsAsTheTextProtocolsText(Wire wire, RowKind row) {
        List<Integer> columns = IntStream.range(0, AllTypes.COLUMNS.size())
            .filter(i -> !isBinary(AllTypes.COLUMNS.get(i))).boxed().toList();
        String sql = columns.stream().map(i -> AllTypes.quote(AllTypes.COLUMNS.get(i).name()))
            .collect(Collectors.joining(", ", "SELECT ", " FROM alltypes WHERE id = ?"));
        List<String> names = columns.stream().map(i -> AllTypes.COLUMNS.get(i).type()).toList();

        assertSameText(wire, sql, row.id(), names);
    }

    @ParameterizedTest(name = "{0}, row {1}")
    @MethodSource("wiresAndTextRows")
    void scaledAndFloatingPointColumnsReadAsTheTextProtocolsText(Wire wire, int id) {
        String sql = TEXTS.keySet().stream().map(column -> column.substring(0, column.indexOf(':')))
            .collect(Collectors.joining(", ", "SELECT ", " FROM texts WHERE id = ?"));
        List<String> types = TEXTS.keySet().stream().map(column -> column.substring(column.indexOf(':') + 1))
            .toList();

        assertSameText(wire, sql, id, types);
    }

    static Stream<Arguments> wiresAndTextRows() {
        int rows = TEXTS.values().iterator().next().size();
        return Stream.of(Wire.PREPARED, Wire.DATA_API)
            .flatMap(wire -> IntStream.range(0, rows).mapToObj(id -> Arguments.of(wire, id)));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void temporalTextIsPaddedToTheColumnsScale(Wire wire) {
        List<String> text = readText(wire, "SELECT dt0, dt3, dt6, ts2, t3, y FROM texts WHERE id = ?", 0);

        assertThat(text).containsExactly("2024-01-02 03:04:05", "2024-01-02 03:04:05.120",
            "2024-01-02 03:04:05.120000", "2024-01-02 03:04:05.10", "-01:02:03.100", "0000");
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void floatingPointTextIsTheServersShortestForm(Wire wire) {
        assertThat(readText(wire, "SELECT f, d FROM texts WHERE id = ?", 2))
            .containsExactly("123457000", "1.2345678901234568e18");
        assertThat(readText(wire, "SELECT f, d FROM texts WHERE id = ?", 1))
            .containsExactly("0.00000015", "0.00000015");
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void decimalTextKeepsTheColumnsScale(Wire wire) {
        assertThat(readText(wire, "SELECT dec52, d102 FROM texts WHERE id = ?", 1))
            .containsExactly("-0.50", "0.00");
    }

    private static void assertSameText(Wire wire, String sql, int id, List<String> types) {
        List<String> expected = readText(Wire.TEXT, sql, id);
        List<String> actual = readText(wire, sql, id);

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < types.size(); i++) {
            softly.assertThat(actual.get(i)).as("column %d, %s", i + 1, types.get(i))
                .isEqualTo(DataApiDifferences.serverText(wire, types.get(i), expected.get(i)));
        }
        softly.assertAll();
    }

    /** BINARY, VARBINARY, BLOB and BIT columns hold bytes, not text. */
    private static boolean isBinary(Column column) {
        String type = column.type();
        return type.contains("BINARY") || type.contains("BLOB") || type.startsWith("BIT");
    }

    private static List<String> readText(Wire wire, String sql, int id) {
        List<List<String>> rows = Flux.usingWhen(wire.factory(database).create(),
                connection -> Flux.from(connection.createStatement(sql).bind(0, id).execute())
                    .concatMap(result -> result.map((row, metadata) -> {
                        List<String> values = new ArrayList<>();
                        for (int i = 0; i < metadata.getColumnMetadatas().size(); i++) {
                            values.add(row.get(i, String.class));
                        }
                        return values;
                    })),
                Connection::close)
            .collectList()
            .block(TIMEOUT);
        assertThat(rows).as("rows of %s with id %d", sql, id).hasSize(1);
        return rows.get(0);
    }
}
