/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.s2r.driver.internal.http.Answers.textRow;

/**
 * Data API bodies and the messages a MySQL-protocol server would send for the same results, written out by hand:
 * text-protocol rows as {@link Answers#textRow} builds them.
 */
final class GoldenBodies {

    static final int AUTOCOMMIT = 0x0002;
    static final int MORE = 0x0008;

    /** One column of each type of the mapping, a row of values and a row of NULLs. */
    static final String ALL_TYPES = """
        {"results":[{"columns":[
         {"name":"i","dataType":"BIGINT","nullable":false},
         {"name":"u","dataType":"UNSIGNED BIGINT","nullable":true},
         {"name":"t","dataType":"TINYINT","nullable":true},
         {"name":"b","dataType":"BOOL","nullable":true},
         {"name":"d","dataType":"DOUBLE","nullable":true},
         {"name":"f","dataType":"FLOAT","nullable":true},
         {"name":"dec","dataType":"DECIMAL(10,2)","nullable":true},
         {"name":"bit","dataType":"BIT(10)","nullable":true},
         {"name":"y","dataType":"YEAR","nullable":true},
         {"name":"date","dataType":"DATE","nullable":true},
         {"name":"time","dataType":"TIME(6)","nullable":true},
         {"name":"dt","dataType":"DATETIME(6)","nullable":true},
         {"name":"ts","dataType":"TIMESTAMP","nullable":true},
         {"name":"s","dataType":"VARCHAR(20)","nullable":true},
         {"name":"c","dataType":"CHAR(3)","nullable":true},
         {"name":"txt","dataType":"TEXT","nullable":true},
         {"name":"bin","dataType":"BINARY(4)","nullable":true},
         {"name":"vb","dataType":"VARBINARY(10)","nullable":true},
         {"name":"blob","dataType":"BLOB","nullable":true},
         {"name":"j","dataType":"JSON","nullable":true},
         {"name":"e","dataType":"ENUM","nullable":true},
         {"name":"set","dataType":"SET","nullable":true},
         {"name":"g","dataType":"GEOGRAPHYPOINT","nullable":true},
         {"name":"x","dataType":"SOMETHING NEW","nullable":true}],
        "rows":[
         [-9223372036854775808, 18446744073709551615, -128, true, -1.5E-7, 1.1, "12345678.90", "AgE=", 2024,
          "2024-01-02", "-838:59:59.000000", "2024-01-02 03:04:05.123456", "1970-01-01 00:00:01",
          "h\\u00e9llo \u20ac\ud83d\ude00", "abc", "multi\\nline \\"q\\" \\\\", "AAECAw==", "/w==", "",
          { "a" : [1, "x", true, null], "b": {"c": -0, "\u00e9\\"": 1.50} }, "small", "a,b", "POINT(1.5 2.5)", "?"],
         [null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,
          null,null,null]
        ]}]}
        """;

    static final String[][] ALL_TYPES_COLUMNS = {
        {"i", "BIGINT", "false"}, {"u", "UNSIGNED BIGINT"}, {"t", "TINYINT"}, {"b", "BOOL"}, {"d", "DOUBLE"},
        {"f", "FLOAT"}, {"dec", "DECIMAL(10,2)"}, {"bit", "BIT(10)"}, {"y", "YEAR"}, {"date", "DATE"},
        {"time", "TIME(6)"}, {"dt", "DATETIME(6)"}, {"ts", "TIMESTAMP"}, {"s", "VARCHAR(20)"}, {"c", "CHAR(3)"},
        {"txt", "TEXT"}, {"bin", "BINARY(4)"}, {"vb", "VARBINARY(10)"}, {"blob", "BLOB"}, {"j", "JSON"},
        {"e", "ENUM"}, {"set", "SET"}, {"g", "GEOGRAPHYPOINT"}, {"x", "SOMETHING NEW"}};

    /** The cells of the first row of {@link #ALL_TYPES}, as a MySQL server sends them in a text row. */
    static final Object[] ALL_TYPES_CELLS = {
        "-9223372036854775808", "18446744073709551615", "-128", "1", "-1.5E-7", "1.1", "12345678.90",
        new byte[]{2, 1}, "2024", "2024-01-02", "-838:59:59.000000", "2024-01-02 03:04:05.123456",
        "1970-01-01 00:00:01", "h\u00e9llo \u20ac\ud83d\ude00", "abc", "multi\nline \"q\" \\", new byte[]{0, 1, 2, 3},
        new byte[]{(byte) 0xFF}, new byte[0], "{\"a\":[1,\"x\",true,null],\"b\":{\"c\":-0,\"\u00e9\\\"\":1.50}}",
        "small", "a,b", "POINT(1.5 2.5)", "?"};

    /** Three results: one row; no columns (a statement without rows inside a CALL); columns and no rows. */
    static final String MULTIPLE_RESULTS = """
        {"results":[
         {"columns":[{"name":"a","dataType":"INT","nullable":true}],"rows":[[1]]},
         {},
         {"columns":[{"name":"b","dataType":"VARCHAR","nullable":true}],"rows":[]}
        ]}""";

    /** Rows stream, then the statement fails: the error comes after the results array. */
    static final String ERROR_AFTER_ROWS = """
        {"results":[
         {"columns":[{"name":"a","dataType":"INT","nullable":true}],"rows":[[1]]},
         {"columns":[{"name":"b","dataType":"TEXT","nullable":true}],"rows":[["x"],["y\u00e9"]]}
        ],"error":{"code":1317,"message":"Query execution was interrupted"}}""";

    /** Values of a JSON column of every JSON kind, and objects or arrays in columns of other types. */
    static final String JSON_VALUES = """
        {"results":[{"columns":[{"name":"j","dataType":"JSON","nullable":true},
          {"name":"v","dataType":"VECTOR(3, F32)","nullable":true},{"name":"d","dataType":"DOUBLE","nullable":true}],
         "rows":[
          ["it's \\"quoted\\"\\u0001\\t/\\u00e9", [1.5,-2,3e2], -0],
          [12.50, {}, 0],
          [true, [], 1e+21],
          [false, {"k":[[],{}]}, -0.0],
          [null, "[1,2]", null],
          [[{"a":"\\u2028"},{"b":null}], null, 123456789012345678901234567890]
         ]}]}""";

    static final Object[][] JSON_VALUES_CELLS = {
        {"\"it's \\\"quoted\\\"\\u0001\\t/\u00e9\"", "[1.5,-2,3e2]", "-0"},
        {"12.50", "{}", "0"},
        {"true", "[]", "1e+21"},
        {"false", "{\"k\":[[],{}]}", "-0.0"},
        {null, "[1,2]", null},
        {"[{\"a\":\"\u2028\"},{\"b\":null}]", null, "123456789012345678901234567890"}};

    static final String EXEC = "{\"lastInsertId\":7,\"rowsAffected\":3}";

    private GoldenBodies() {
    }

    /** @return the metadata message of columns given as {name, dataType[, nullable]} */
    static String metadata(String[]... columns) {
        ColumnDefinition[] definitions = new ColumnDefinition[columns.length];
        for (int i = 0; i < columns.length; i++) {
            boolean nullable = columns[i].length < 3 || Boolean.parseBoolean(columns[i][2]);
            definitions[i] = DataApiTypes.column(columns[i][0], columns[i][1], nullable);
        }
        return new ResultSetMetadata(definitions, false).toString();
    }

    static String end(int status) {
        return new ResultSetEnd(status, 0).toString();
    }

    static String ok(long affected, long lastInsertId, int status) {
        return new OkMessage(affected, lastInsertId, status, 0).toString();
    }

    static String error(int code, String message) {
        return new ErrorMessage(code, "HY000", message).toString();
    }

    /** @return every golden body with the messages it decodes to, as {@link Answers#describe} writes them */
    static List<Golden> all() {
        List<Golden> all = new ArrayList<>();
        Object[] nulls = new Object[ALL_TYPES_COLUMNS.length];
        all.add(new Golden("all types", false, ALL_TYPES, metadata(ALL_TYPES_COLUMNS), textRow(ALL_TYPES_CELLS),
            textRow(nulls), end(AUTOCOMMIT)));
        all.add(new Golden("multiple results", false, MULTIPLE_RESULTS, metadata(new String[]{"a", "INT"}),
            textRow("1"), end(AUTOCOMMIT | MORE), ok(0, 0, AUTOCOMMIT | MORE),
            metadata(new String[]{"b", "VARCHAR"}), end(AUTOCOMMIT)));
        all.add(new Golden("error after rows", false, ERROR_AFTER_ROWS, metadata(new String[]{"a", "INT"}),
            textRow("1"), end(AUTOCOMMIT | MORE), metadata(new String[]{"b", "TEXT"}), textRow("x"),
            textRow("y\u00e9"), error(1317, "Query execution was interrupted")));
        List<String> json = new ArrayList<>();
        json.add(metadata(new String[]{"j", "JSON"}, new String[]{"v", "VECTOR(3, F32)"}, new String[]{"d", "DOUBLE"}));
        for (Object[] cells : JSON_VALUES_CELLS) {
            json.add(textRow(cells));
        }
        json.add(end(AUTOCOMMIT));
        all.add(new Golden("JSON values", false, JSON_VALUES, json.toArray(new String[0])));
        all.add(new Golden("exec", true, EXEC, ok(3, 7, AUTOCOMMIT)));
        return all;
    }

    /** A body and what it decodes to. */
    static final class Golden {

        final String name;
        final boolean exec;
        final byte[] body;
        final List<String> messages;

        Golden(String name, boolean exec, String body, String... messages) {
            this.name = name;
            this.exec = exec;
            this.body = Answers.utf8(body);
            this.messages = Arrays.asList(messages);
        }

        @Override
        public String toString() {
            return this.name;
        }
    }
}
