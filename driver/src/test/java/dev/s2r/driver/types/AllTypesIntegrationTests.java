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
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every MySQL column type decodes to its documented Java type and value over every {@link Wire} (the text protocol,
 * server-prepared statements and the Data API), and bound values of those types come back unchanged; what the Data
 * API is forced to read differently is declared in {@link DataApiDifferences}.
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
class AllTypesIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String BOUND_TABLE = "alltypes_bound";
    private static final LocalDateTime SESSION_DATETIME = LocalDateTime.of(2021, 6, 15, 12, 34, 56);

    private static final Map<Wire, ConnectionFactory> FACTORIES = new EnumMap<>(Wire.class);

    @BeforeAll
    static void createFixtures(TestDatabase database) {
        List<String> statements = new ArrayList<>();
        statements.add(AllTypes.createTable(AllTypes.TABLE));
        statements.add(AllTypes.createTable(BOUND_TABLE));
        for (RowKind row : RowKind.values()) {
            statements.add(AllTypes.insert(row));
        }
        statements.add("CREATE TABLE times (id INT NOT NULL PRIMARY KEY, t TIME(6))");
        statements.add("INSERT INTO times VALUES (1, '-00:00:01.500000'), (2, '25:00:00'), (3, '13:45:30.123456')");
        statements.add("CREATE TABLE datetimes (id INT NOT NULL PRIMARY KEY, dt DATETIME)");
        statements.add("INSERT INTO datetimes VALUES (1, '" + SESSION_DATETIME.toLocalDate() + " "
            + SESSION_DATETIME.toLocalTime() + "')");
        database.execute(statements.toArray(String[]::new));
        FACTORIES.put(Wire.TEXT, Wire.TEXT.factory(database));
        ZoneId serverZone = query(Wire.TEXT, "SELECT dt FROM datetimes WHERE id = ?", 1,
            (row, metadata) -> row.get(0, ZonedDateTime.class).getZone()).get(0);
        for (Wire wire : Wire.values()) {
            FACTORIES.put(wire, wire.factory(database, DataApiDifferences.zoneOptions(wire, serverZone)));
        }
    }

    static Stream<Arguments> wiresAndRows() {
        return Wire.selected().stream()
            .flatMap(wire -> Arrays.stream(RowKind.values()).map(row -> Arguments.of(wire, row)));
    }

    @ParameterizedTest(name = "{0}, {1} row")
    @MethodSource("wiresAndRows")
    void everyColumnDecodesToItsDocumentedValue(Wire wire, RowKind row) {
        List<Object> actual = selectRow(wire, AllTypes.TABLE, row.id());
        List<Object> expected = expected(wire, AllTypes.expected(row), AllTypes.TABLE, row.id());

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < AllTypes.COLUMNS.size(); i++) {
            Column column = AllTypes.COLUMNS.get(i);
            softly.assertThat(AllTypes.comparable(actual.get(i)))
                .as("%s %s", column.name(), column.type())
                .isEqualTo(AllTypes.comparable(expected.get(i)));
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void defaultGetReturnsTheDocumentedJavaTypeOfEveryColumn(Wire wire) {
        List<Object> actual = selectRow(wire, AllTypes.TABLE, RowKind.TYPICAL.id());

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < AllTypes.COLUMNS.size(); i++) {
            Column column = AllTypes.COLUMNS.get(i);
            softly.assertThat(actual.get(i)).as("%s %s", column.name(), column.type())
                .isInstanceOf(javaType(wire, column));
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void columnMetadataAdvertisesTheDefaultJavaType(Wire wire) {
        List<Class<?>> javaTypes = query(wire, AllTypes.selectById(AllTypes.TABLE), RowKind.TYPICAL.id(),
            (row, metadata) -> {
                List<Class<?>> types = new ArrayList<>();
                for (int i = 0; i < AllTypes.COLUMNS.size(); i++) {
                    types.add(metadata.getColumnMetadata(i).getJavaType());
                }
                return types;
            }).get(0);

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < AllTypes.COLUMNS.size(); i++) {
            Column column = AllTypes.COLUMNS.get(i);
            softly.assertThat(javaTypes.get(i)).as("%s %s", column.name(), column.type())
                .isEqualTo(javaType(wire, column));
        }
        softly.assertAll();
    }

    @Test
    void textAndPreparedProtocolsDecodeIdenticalRows() {
        for (RowKind row : RowKind.values()) {
            List<Object> text = selectRow(Wire.TEXT, AllTypes.TABLE, row.id()).stream()
                .map(AllTypes::comparable).toList();
            List<Object> prepared = selectRow(Wire.PREPARED, AllTypes.TABLE, row.id()).stream()
                .map(AllTypes::comparable).toList();

            assertThat(prepared).as("%s row", row).containsExactlyElementsOf(text);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void timeLimitsDecodeAsExactDurations(Wire wire) {
        String sql = "SELECT `time`, `time_6` FROM alltypes WHERE id = ?";
        BiFunction<Row, RowMetadata, List<Duration>> times =
            (row, metadata) -> List.of(row.get(0, Duration.class), row.get(1, Duration.class));

        Duration maximum = Duration.ofHours(838).plusMinutes(59).plusSeconds(59);
        assertThat(query(wire, sql, RowKind.MINIMUM.id(), times))
            .containsExactly(List.of(maximum.negated(), maximum.negated()));
        assertThat(query(wire, sql, RowKind.MAXIMUM.id(), times))
            .containsExactly(List.of(maximum, maximum.plusNanos(999_999_000)));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void negativeFractionalTimeKeepsItsSign(Wire wire) {
        assertThat(query(wire, "SELECT t FROM times WHERE id = ?", 1, (row, metadata) -> row.get(0)))
            .containsExactly(Duration.ofMillis(-1500));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void timeWithinOneDayReadsAsLocalTime(Wire wire) {
        assertThat(query(wire, "SELECT t FROM times WHERE id = ?", 3, (row, metadata) -> row.get(0, LocalTime.class)))
            .containsExactly(LocalTime.of(13, 45, 30, 123_456_000));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void timeBeyondOneDayCannotBeReadAsLocalTime(Wire wire) {
        Flux.usingWhen(FACTORIES.get(wire).create(),
                connection -> Flux.from(connection.createStatement("SELECT t FROM times WHERE id = ?").bind(0, 2).execute())
                    .concatMap(result -> result.map((row, metadata) -> row.get(0, LocalTime.class))),
                Connection::close)
            .as(StepVerifier::create)
            .expectError(IllegalArgumentException.class)
            .verify(TIMEOUT);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void datetimeReadsAsInstantInTheSessionTimeZone(Wire wire) {
        List<List<Object>> values = query(wire,
            "SELECT dt, CAST(UNIX_TIMESTAMP(dt) AS SIGNED) FROM datetimes WHERE id = ?", 1,
            (row, metadata) -> List.of(row.get(0, Instant.class), row.get(1, Long.class)));

        Instant expected = Instant.ofEpochSecond((Long) values.get(0).get(1));
        assertThat(values.get(0).get(0)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void datetimeReadsAsOffsetDateTimeInTheSessionTimeZone(Wire wire) {
        List<List<Object>> values = query(wire,
            "SELECT dt, CAST(UNIX_TIMESTAMP(dt) AS SIGNED) FROM datetimes WHERE id = ?", 1,
            (row, metadata) -> List.of(row.get(0, OffsetDateTime.class), row.get(1, Long.class)));

        OffsetDateTime actual = (OffsetDateTime) values.get(0).get(0);
        assertThat(actual.toInstant()).isEqualTo(Instant.ofEpochSecond((Long) values.get(0).get(1)));
        assertThat(actual.toLocalDateTime()).isEqualTo(SESSION_DATETIME);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void datetimeReadsAsZonedDateTimeInTheSessionTimeZone(Wire wire) {
        List<List<Object>> values = query(wire,
            "SELECT dt, CAST(UNIX_TIMESTAMP(dt) AS SIGNED) FROM datetimes WHERE id = ?", 1,
            (row, metadata) -> List.of(row.get(0, ZonedDateTime.class), row.get(1, Long.class)));

        ZonedDateTime actual = (ZonedDateTime) values.get(0).get(0);
        assertThat(actual.toInstant()).isEqualTo(Instant.ofEpochSecond((Long) values.get(0).get(1)));
        assertThat(actual.toLocalDateTime()).isEqualTo(SESSION_DATETIME);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void bigintUnsignedMaximumIsABigInteger(Wire wire) {
        assertThat(query(wire, "SELECT unsigned_bigint FROM alltypes WHERE id = ?", RowKind.MAXIMUM.id(),
            (row, metadata) -> row.get(0)))
            .containsExactly(new BigInteger("18446744073709551615"));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void typicalValuesBoundAsParametersReadBackUnchanged(Wire wire) {
        int id = 100 + wire.ordinal();
        List<Object> values = AllTypes.expected(RowKind.TYPICAL);
        insertBound(wire, id, (statement, i) -> statement.bind(i + 1, values.get(i)));

        List<Object> actual = selectRow(wire, BOUND_TABLE, id);

        assertThat(actual.stream().map(AllTypes::comparable).toList())
            .containsExactlyElementsOf(expected(wire, values, BOUND_TABLE, id).stream()
                .map(AllTypes::comparable).toList());
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void nullsBoundAsParametersReadBackAsNull(Wire wire) {
        int id = 200 + wire.ordinal();
        insertBound(wire, id, (statement, i) -> statement.bindNull(i + 1, AllTypes.COLUMNS.get(i).javaType()));

        assertThat(selectRow(wire, BOUND_TABLE, id)).hasSize(AllTypes.COLUMNS.size()).containsOnlyNulls();
    }

    /** The documented Java type of a column's values over the wire: the MySQL protocol's unless declared different. */
    private static Class<?> javaType(Wire wire, Column column) {
        Class<?> different = DataApiDifferences.javaType(wire, column.type());
        return different != null ? different : column.javaType();
    }

    /**
     * The values a row must read as over the wire: {@code mysql}, the MySQL protocol's, except in the columns whose
     * type {@link DataApiDifferences} declares to read as another Java type, where it is what {@code Row.get(i, type)}
     * gives for the same row over the MySQL protocol.
     */
    private static List<Object> expected(Wire wire, List<Object> mysql, String table, int id) {
        List<Object> expected = new ArrayList<>(mysql);
        for (int i = 0; i < AllTypes.COLUMNS.size(); i++) {
            Class<?> type = DataApiDifferences.javaType(wire, AllTypes.COLUMNS.get(i).type());
            if (type != null) {
                int index = i;
                expected.set(i, query(Wire.TEXT, AllTypes.selectById(table), id,
                    (row, metadata) -> Optional.ofNullable(row.get(index, type))).get(0).orElse(null));
            }
        }
        return expected;
    }

    private interface Binder {
        void bind(Statement statement, int columnIndex);
    }

    private static void insertBound(Wire wire, int id, Binder binder) {
        Long inserted = Mono.usingWhen(FACTORIES.get(wire).create(),
                connection -> {
                    Statement statement = connection.createStatement(AllTypes.insertPlaceholders(BOUND_TABLE)).bind(0, id);
                    for (int i = 0; i < AllTypes.COLUMNS.size(); i++) {
                        binder.bind(statement, i);
                    }
                    return Flux.from(statement.execute()).concatMap(result -> result.getRowsUpdated()).reduce(0L, Long::sum);
                },
                Connection::close)
            .block(TIMEOUT);
        assertThat(inserted).as("rows inserted").isEqualTo(1L);
    }

    private static List<Object> selectRow(Wire wire, String table, int id) {
        List<List<Object>> rows = query(wire, AllTypes.selectById(table), id, (row, metadata) -> {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < AllTypes.COLUMNS.size(); i++) {
                values.add(row.get(i));
            }
            return values;
        });
        assertThat(rows).as("rows with id %d in %s", id, table).hasSize(1);
        return rows.get(0);
    }

    /** Runs {@code sql} with its only marker bound to {@code id}, so the prepared protocol really prepares it. */
    private static <T> List<T> query(Wire wire, String sql, int id, BiFunction<Row, RowMetadata, T> mapper) {
        return Flux.usingWhen(FACTORIES.get(wire).create(),
                connection -> Flux.from(connection.createStatement(sql).bind(0, id).execute())
                    .concatMap(result -> result.map(mapper)),
                Connection::close)
            .collectList()
            .block(TIMEOUT);
    }
}
