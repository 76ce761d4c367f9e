/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code alltypes} fixture, after the SingleStore Python SDK's test data: one column per MySQL type
 * (SingleStore-only types left out so that MariaDB runs it too) and five rows — typical values, SQL
 * {@code NULL}s, minimums, maximums and zeros — with the Java value {@code Row.get(i)} must return for each.
 */
final class AllTypes {

    static final String TABLE = "alltypes";

    /** The five rows; the id column holds {@link #id()}. */
    enum RowKind {
        TYPICAL(0), NULLS(1), MINIMUM(2), MAXIMUM(3), ZERO(4);

        private final int id;

        RowKind(int id) {
            this.id = id;
        }

        int id() {
            return id;
        }
    }

    /** A SQL literal and the Java value it must decode to. */
    record Value(String literal, Object expected) {
    }

    /** A column: its name, DDL type, documented default Java type, and its value in each non-null row. */
    record Column(String name, String type, Class<?> javaType, Value typical, Value minimum, Value maximum, Value zero) {

        Value value(RowKind row) {
            return switch (row) {
                case TYPICAL -> typical;
                case NULLS -> new Value("NULL", null);
                case MINIMUM -> minimum;
                case MAXIMUM -> maximum;
                case ZERO -> zero;
            };
        }
    }

    static final List<Column> COLUMNS = List.of(
        column("tinyint", "TINYINT", Byte.class,
            v("80", (byte) 80), v("-128", (byte) -128), v("127", (byte) 127), v("0", (byte) 0)),
        column("unsigned_tinyint", "TINYINT UNSIGNED", Short.class,
            v("85", (short) 85), v("0", (short) 0), v("255", (short) 255), v("0", (short) 0)),
        column("bool", "BOOL", Boolean.class,
            v("0", false), v("-128", true), v("127", true), v("0", false)),
        column("boolean", "BOOLEAN", Boolean.class,
            v("1", true), v("0", false), v("1", true), v("0", false)),
        column("smallint", "SMALLINT", Short.class,
            v("-27897", (short) -27897), v("-32768", Short.MIN_VALUE), v("32767", Short.MAX_VALUE), v("0", (short) 0)),
        column("unsigned_smallint", "SMALLINT UNSIGNED", Integer.class,
            v("27897", 27897), v("0", 0), v("65535", 65535), v("0", 0)),
        column("mediumint", "MEDIUMINT", Integer.class,
            v("104729", 104729), v("-8388608", -8388608), v("8388607", 8388607), v("0", 0)),
        column("unsigned_mediumint", "MEDIUMINT UNSIGNED", Integer.class,
            v("120999", 120999), v("0", 0), v("16777215", 16777215), v("0", 0)),
        column("int24", "MEDIUMINT", Integer.class,
            v("-200899", -200899), v("-8388608", -8388608), v("8388607", 8388607), v("0", 0)),
        column("unsigned_int24", "MEDIUMINT UNSIGNED", Integer.class,
            v("407709", 407709), v("0", 0), v("16777215", 16777215), v("0", 0)),
        column("int", "INT", Integer.class,
            v("-1295369311", -1295369311), v("-2147483648", Integer.MIN_VALUE), v("2147483647", Integer.MAX_VALUE),
            v("0", 0)),
        column("unsigned_int", "INT UNSIGNED", Long.class,
            v("3872362332", 3872362332L), v("0", 0L), v("4294967295", 4294967295L), v("0", 0L)),
        column("integer", "INTEGER", Integer.class,
            v("-1741727421", -1741727421), v("-2147483648", Integer.MIN_VALUE), v("2147483647", Integer.MAX_VALUE),
            v("0", 0)),
        column("unsigned_integer", "INTEGER UNSIGNED", Long.class,
            v("3198387363", 3198387363L), v("0", 0L), v("4294967295", 4294967295L), v("0", 0L)),
        column("bigint", "BIGINT", Long.class,
            v("-266883847", -266883847L), v("-9223372036854775808", Long.MIN_VALUE),
            v("9223372036854775807", Long.MAX_VALUE), v("0", 0L)),
        column("unsigned_bigint", "BIGINT UNSIGNED", BigInteger.class,
            v("980007287362", BigInteger.valueOf(980007287362L)), v("0", BigInteger.ZERO),
            v("18446744073709551615", new BigInteger("18446744073709551615")), v("0", BigInteger.ZERO)),
        // FLOAT values have at most six significant digits: the text protocol prints FLOAT that way.
        column("float", "FLOAT", Float.class,
            v("-1464.87", -1464.87f), v("-3.40282e38", -3.40282e38f), v("3.40282e38", 3.40282e38f), v("0", 0.0f)),
        column("double", "DOUBLE", Double.class,
            v("-474646154.719356", -474646154.719356), v("-1.7976931348623157e308", -Double.MAX_VALUE),
            v("1.7976931348623157e308", Double.MAX_VALUE), v("0", 0.0)),
        column("real", "REAL", Double.class,
            v("-901409776.279346", -901409776.279346), v("-2.2250738585072014e-308", -Double.MIN_NORMAL),
            v("2.2250738585072014e-308", Double.MIN_NORMAL), v("0", 0.0)),
        column("decimal", "DECIMAL(20,6)", BigDecimal.class,
            dec("28111097.610822"), dec("-99999999999999.999999"), dec("99999999999999.999999"), dec("0.000000")),
        column("dec", "DEC(20,6)", BigDecimal.class,
            dec("389451155.931428"), dec("-99999999999999.999999"), dec("99999999999999.999999"), dec("0.000000")),
        column("fixed", "FIXED(20,6)", BigDecimal.class,
            dec("-143773416.044092"), dec("-99999999999999.999999"), dec("99999999999999.999999"), dec("0.000000")),
        column("numeric", "NUMERIC(20,6)", BigDecimal.class,
            dec("866689461.300046"), dec("-99999999999999.999999"), dec("99999999999999.999999"), dec("0.000000")),
        // Zero dates are stored as NULL, as in the Python SDK's fixture.
        column("date", "DATE", LocalDate.class,
            v("'8524-11-10'", LocalDate.of(8524, 11, 10)), v("'1000-01-01'", LocalDate.of(1000, 1, 1)),
            v("'9999-12-31'", LocalDate.of(9999, 12, 31)), v("NULL", null)),
        column("time", "TIME", Duration.class,
            v("'00:07:00'", Duration.ofMinutes(7)), v("'-838:59:59'", hms(-838, 59, 59, 0)),
            v("'838:59:59'", hms(838, 59, 59, 0)), v("'00:00:00'", Duration.ZERO)),
        column("time_6", "TIME(6)", Duration.class,
            v("'01:10:00.000002'", hms(1, 10, 0, 2_000)), v("'-838:59:59.000000'", hms(-838, 59, 59, 0)),
            v("'838:59:59.999999'", hms(838, 59, 59, 999_999_000)), v("'00:00:00.000000'", Duration.ZERO)),
        column("datetime", "DATETIME", LocalDateTime.class,
            v("'9948-03-11 15:29:22'", LocalDateTime.of(9948, 3, 11, 15, 29, 22)),
            v("'1000-01-01 00:00:00'", LocalDateTime.of(1000, 1, 1, 0, 0, 0)),
            v("'9999-12-31 23:59:59'", LocalDateTime.of(9999, 12, 31, 23, 59, 59)), v("NULL", null)),
        column("datetime_6", "DATETIME(6)", LocalDateTime.class,
            v("'1756-10-29 02:02:42.000008'", LocalDateTime.of(1756, 10, 29, 2, 2, 42, 8_000)),
            v("'1000-01-01 00:00:00.000000'", LocalDateTime.of(1000, 1, 1, 0, 0, 0)),
            v("'9999-12-31 23:59:59.999999'", LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)),
            v("NULL", null)),
        // TIMESTAMP limits depend on the session time zone; these stay inside the range in every zone.
        column("timestamp", "TIMESTAMP NULL", LocalDateTime.class,
            v("'1980-12-31 01:10:23'", LocalDateTime.of(1980, 12, 31, 1, 10, 23)),
            v("'1970-01-02 00:00:01'", LocalDateTime.of(1970, 1, 2, 0, 0, 1)),
            v("'2038-01-18 03:14:07'", LocalDateTime.of(2038, 1, 18, 3, 14, 7)), v("NULL", null)),
        column("timestamp_6", "TIMESTAMP(6) NULL", LocalDateTime.class,
            v("'1991-01-02 22:15:10.000006'", LocalDateTime.of(1991, 1, 2, 22, 15, 10, 6_000)),
            v("'1970-01-02 00:00:01.000000'", LocalDateTime.of(1970, 1, 2, 0, 0, 1)),
            v("'2038-01-18 03:14:07.999999'", LocalDateTime.of(2038, 1, 18, 3, 14, 7, 999_999_000)),
            v("NULL", null)),
        column("year", "YEAR", Short.class,
            v("1923", (short) 1923), v("1901", (short) 1901), v("2155", (short) 2155), v("0", (short) 0)),
        column("char_100", "CHAR(100)", String.class,
            v("'Two roads diverged in a yellow wood   '", "Two roads diverged in a yellow wood"), v("''", ""),
            str("é".repeat(100)), v("''", "")),
        column("binary_100", "BINARY(100)", ByteBuffer.class,
            bin(padded(range(0, 16), 100)), v("''", ByteBuffer.wrap(new byte[100])),
            bin(filled(100, 0xFF)), v("x'00'", ByteBuffer.wrap(new byte[100]))),
        column("varchar_200", "VARCHAR(200)", String.class,
            str("Ünïcödé 🙂 and 'quotes' \\ backslash"), v("''", ""), str("€".repeat(200)), v("''", "")),
        column("varbinary_200", "VARBINARY(200)", ByteBuffer.class,
            bin(range(0, 32)), bin(new byte[0]), bin(filled(200, 0xFF)), bin(new byte[1])),
        column("longtext", "LONGTEXT", String.class,
            str("longtext: " + "Whose woods these are I think I know. ".repeat(20)), v("''", ""),
            str("L".repeat(70_000)), v("''", "")),
        column("mediumtext", "MEDIUMTEXT", String.class,
            str("mediumtext: 中文 ✓"), v("''", ""), str("M".repeat(70_000)), v("''", "")),
        column("text", "TEXT", String.class,
            str("text\nwith\ttabs and newlines\r\n"), v("''", ""), str("T".repeat(16_000)), v("''", "")),
        column("tinytext", "TINYTEXT", String.class,
            str("tinytext"), v("''", ""), str("t".repeat(255)), v("''", "")),
        column("longblob", "LONGBLOB", ByteBuffer.class,
            bin(range(0, 256)), bin(new byte[0]), bin(filled(70_000, 0xFE)), bin(new byte[1])),
        column("mediumblob", "MEDIUMBLOB", ByteBuffer.class,
            bin(range(100, 164)), bin(new byte[0]), bin(filled(70_000, 0xFD)), bin(new byte[1])),
        column("blob", "BLOB", ByteBuffer.class,
            bin(range(200, 256)), bin(new byte[0]), bin(filled(65_535, 0xFC)), bin(new byte[1])),
        column("tinyblob", "TINYBLOB", ByteBuffer.class,
            bin(range(0, 10)), bin(new byte[0]), bin(filled(255, 0xFB)), bin(new byte[1])),
        column("json", "JSON", String.class,
            str("{\"a\":10,\"b\":2.75,\"c\":\"hello world\"}"), str("{}"), str("[1,2,3]"), str("0")),
        column("enum", "ENUM('one','two','three')", String.class,
            str("one"), str("one"), str("three"), str("two")),
        column("set", "SET('one','two','three')", String.class,
            str("two"), str(""), str("one,two,three"), str("")),
        column("bit_1", "BIT(1)", Boolean.class,
            v("b'1'", true), v("b'0'", false), v("b'1'", true), v("b'0'", false)),
        column("bit_64", "BIT(64)", byte[].class,
            v("128", new byte[] {0, 0, 0, 0, 0, 0, 0, (byte) 0x80}), v("0", new byte[8]),
            v("x'FFFFFFFFFFFFFFFF'", filled(8, 0xFF)), v("0", new byte[8])));

    private AllTypes() {
    }

    static String createTable(String table) {
        return COLUMNS.stream()
            .map(column -> quote(column.name()) + " " + column.type())
            .collect(Collectors.joining(", ", "CREATE TABLE " + table + " (`id` INT NOT NULL PRIMARY KEY, ",
                ") DEFAULT CHARSET=utf8mb4"));
    }

    static String insert(RowKind row) {
        return COLUMNS.stream()
            .map(column -> column.value(row).literal())
            .collect(Collectors.joining(", ", "INSERT INTO " + TABLE + " VALUES (" + row.id() + ", ", ")"));
    }

    /** @return {@code SELECT col, col, … FROM table WHERE id = ?} without the id column */
    static String selectById(String table) {
        return COLUMNS.stream().map(column -> quote(column.name()))
            .collect(Collectors.joining(", ", "SELECT ", " FROM " + table + " WHERE `id` = ?"));
    }

    /** @return {@code INSERT INTO table VALUES (?, ?, …)} for the id and every column */
    static String insertPlaceholders(String table) {
        return "INSERT INTO " + table + " VALUES (" + String.join(", ", Collections.nCopies(COLUMNS.size() + 1, "?")) + ")";
    }

    static List<Object> expected(RowKind row) {
        List<Object> values = new ArrayList<>();
        for (Column column : COLUMNS) {
            values.add(column.value(row).expected());
        }
        return values;
    }

    /**
     * Makes decoded values comparable with {@code equals} and readable in failure messages: arrays and buffers
     * become their class name and hex content; everything else stays as it is.
     *
     * @param value a decoded value
     * @return the comparable form
     */
    static Object comparable(Object value) {
        if (value instanceof byte[] bytes) {
            return "byte[]:" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return "ByteBuffer:" + HexFormat.of().formatHex(bytes);
        }
        return value;
    }

    static String quote(String identifier) {
        return '`' + identifier + '`';
    }

    private static Column column(String name, String type, Class<?> javaType, Value typical, Value minimum,
                                 Value maximum, Value zero) {
        return new Column(name, type, javaType, typical, minimum, maximum, zero);
    }

    private static Value v(String literal, Object expected) {
        return new Value(literal, expected);
    }

    private static Value dec(String digits) {
        return new Value(digits, new BigDecimal(digits));
    }

    private static Value str(String text) {
        return new Value("'" + text.replace("\\", "\\\\").replace("'", "''") + "'", text);
    }

    private static Value bin(byte[] bytes) {
        return new Value("x'" + HexFormat.of().formatHex(bytes) + "'", ByteBuffer.wrap(bytes));
    }

    private static Duration hms(int hours, int minutes, int seconds, int nanos) {
        Duration magnitude = Duration.ofHours(Math.abs(hours)).plusMinutes(minutes).plusSeconds(seconds).plusNanos(nanos);
        return hours < 0 ? magnitude.negated() : magnitude;
    }

    static byte[] range(int fromInclusive, int toExclusive) {
        byte[] bytes = new byte[toExclusive - fromInclusive];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (fromInclusive + i);
        }
        return bytes;
    }

    static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] padded(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
