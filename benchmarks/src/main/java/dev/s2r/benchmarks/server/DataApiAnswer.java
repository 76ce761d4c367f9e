/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the body of a Data API {@code query/tuples} answer with one result, as SingleStore's service writes it
 * (v2): {@code {"results":[{"columns":[{"name":..,"dataType":..,"nullable":..},..],"rows":[[..],..]}]}}, with
 * integers and floats as JSON numbers (the server's own text), DECIMAL, text, dates and times as strings, and byte
 * strings as base64. {@code dataType} is the upper-case type name with {@code UNSIGNED} as a prefix and the
 * precision and scale of a DECIMAL ({@code DECIMAL(18,4)}) or the fractional digits of a temporal type
 * ({@code DATETIME(6)}); other types carry no suffix ({@code VARCHAR}, {@code VARBINARY}).
 *
 * <p>Use: {@link #of(ResultSet)} for a whole result read over the MySQL protocol, or a {@link #DataApiAnswer(List)
 * constructor}, {@link #row} per row and {@link #finish()}. Not thread-safe.
 */
public final class DataApiAnswer {

    /** How a column's values are written (the Data API's v2 type mapping). */
    public enum Form {
        /** Integers and floats: a JSON number, the server's text as it is. */
        NUMBER,
        /** DECIMAL, text, ENUM, SET, dates and times: a JSON string. */
        STRING,
        /** BINARY, VARBINARY and BLOBs: a base64 string. */
        BASE64
    }

    /**
     * A column as the answer's {@code columns} array describes it.
     *
     * @param name     the column's label
     * @param dataType its {@code dataType}, e.g. {@code BIGINT}, {@code DECIMAL(18,4)}, {@code DATETIME(6)}
     * @param nullable whether it may hold NULL
     * @param form     how its values are written
     */
    public record Column(String name, String dataType, boolean nullable, Form form) {
    }

    /** What follows the last row of a body: the ends of {@code rows}, of the result, of {@code results}. */
    public static final String FOOTER = "]}]}";

    private static final JsonFactory JSON = new JsonFactory();

    private final List<Column> columns;
    private final Form[] forms;
    private final Output out = new Output();
    private final JsonGenerator json;
    private int rows;
    private int[] rowEnds = new int[1024];
    private int headerLength;
    private byte[] finished;

    /**
     * Starts an answer: writes everything up to its first row.
     *
     * @param columns the result's columns
     */
    public DataApiAnswer(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.forms = columns.stream().map(Column::form).toArray(Form[]::new);
        try {
            this.json = JSON.createGenerator(this.out);
            this.json.writeStartObject();
            this.json.writeArrayFieldStart("results");
            this.json.writeStartObject();
            this.json.writeArrayFieldStart("columns");
            for (Column column : columns) {
                this.json.writeStartObject();
                this.json.writeStringField("name", column.name());
                this.json.writeStringField("dataType", column.dataType());
                this.json.writeBooleanField("nullable", column.nullable());
                this.json.writeEndObject();
            }
            this.json.writeEndArray();
            this.json.writeArrayFieldStart("rows");
            this.json.flush();
            this.headerLength = this.out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one row.
     *
     * @param cells one per column: its text ({@link Form#NUMBER}, {@link Form#STRING}), its bytes
     *              ({@link Form#BASE64}) or {@code null}
     */
    public void row(Object... cells) {
        if (cells.length != this.forms.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + this.forms.length + " columns");
        }
        try {
            this.json.writeStartArray();
            for (int i = 0; i < cells.length; i++) {
                Object cell = cells[i];
                if (cell == null) {
                    this.json.writeNull();
                } else if (this.forms[i] == Form.NUMBER) {
                    this.json.writeNumber((String) cell);
                } else if (this.forms[i] == Form.BASE64) {
                    this.json.writeBinary((byte[]) cell);
                } else {
                    this.json.writeString((String) cell);
                }
            }
            this.json.writeEndArray();
            // the row's end, for the one-row answers of point lookups (the next row's comma follows it)
            this.json.flush();
            if (this.rows == this.rowEnds.length) {
                this.rowEnds = Arrays.copyOf(this.rowEnds, this.rows * 2);
            }
            this.rowEnds[this.rows++] = this.out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the result's columns */
    public List<Column> columns() {
        return this.columns;
    }

    /** @return the rows written so far */
    public int rows() {
        return this.rows;
    }

    /**
     * @return the length of the body's start, everything before its first row: with one row and {@link #FOOTER}
     *     after it, a one-row answer of the same result
     */
    public int headerLength() {
        return this.headerLength;
    }

    /**
     * @param index a row, from 0
     * @return where the row's JSON array starts in the body
     */
    public int rowStart(int index) {
        // after the header, or after the previous row and its comma
        return index == 0 ? this.headerLength : this.rowEnds[index - 1] + 1;
    }

    /**
     * @param index a row, from 0
     * @return where the row's JSON array ends in the body (exclusive)
     */
    public int rowEnd(int index) {
        return this.rowEnds[Objects.checkIndex(index, this.rows)];
    }

    /**
     * @return whether the first cell of every row is its number, from 1 (the ids of {@code wide} in scan order): then
     *     row {@code id - 1} answers the lookup of {@code id}
     */
    public boolean firstCellsAreRowNumbers() {
        byte[] body = finish();
        for (int k = 0; k < this.rows; k++) {
            byte[] prefix = ("[" + (k + 1) + ",").getBytes(StandardCharsets.US_ASCII);
            int start = rowStart(k);
            if (rowEnd(k) - start < prefix.length
                || !Arrays.equals(body, start, start + prefix.length, prefix, 0, prefix.length)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ends the answer.
     *
     * @return the whole body, UTF-8
     */
    public byte[] finish() {
        if (this.finished == null) {
            try {
                this.json.writeEndArray();
                this.json.writeEndObject();
                this.json.writeEndArray();
                this.json.writeEndObject();
                this.json.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.finished = this.out.toByteArray();
            this.out.drop();
        }
        return this.finished;
    }


    /**
     * The answer the Data API gives for a result read over the MySQL protocol (text protocol): every row, numbers
     * and strings as the server's text ({@code getString}), byte strings as their bytes.
     *
     * @param result a result positioned before its first row; read to its end
     * @return the answer, finished
     * @throws SQLException when reading fails
     */
    public static DataApiAnswer of(ResultSet result) throws SQLException {
        ResultSetMetaData metadata = result.getMetaData();
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= metadata.getColumnCount(); i++) {
            columns.add(column(metadata, i));
        }
        DataApiAnswer answer = new DataApiAnswer(columns);
        Object[] cells = new Object[columns.size()];
        while (result.next()) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = columns.get(i).form() == Form.BASE64 ? result.getBytes(i + 1) : result.getString(i + 1);
            }
            answer.row(cells);
        }
        answer.finish();
        return answer;
    }

    /**
     * @param metadata a result's metadata
     * @param column   the column, from 1
     * @return the column as the Data API describes it
     * @throws SQLException when the metadata cannot be read
     */
    static Column column(ResultSetMetaData metadata, int column) throws SQLException {
        int type = metadata.getColumnType(column);
        Form form = switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE,
                 Types.BOOLEAN -> Form.NUMBER;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Form.BASE64;
            default -> Form.STRING;
        };
        return new Column(metadata.getColumnLabel(column), dataType(metadata.getColumnTypeName(column),
            !metadata.isSigned(column) && form == Form.NUMBER, metadata.getPrecision(column), metadata.getScale(column)),
            metadata.isNullable(column) != ResultSetMetaData.columnNoNulls, form);
    }

    /**
     * The {@code dataType} of a column from the type name a MySQL-protocol client reports for it.
     *
     * @param typeName  e.g. {@code BIGINT}, {@code INTEGER}, {@code BIGINT UNSIGNED}, {@code DECIMAL}
     * @param unsigned  whether the column is unsigned (also when the name does not say so)
     * @param precision the DECIMAL's precision
     * @param scale     the DECIMAL's scale, or the fractional digits of a temporal type
     * @return e.g. {@code UNSIGNED BIGINT}, {@code INT}, {@code DECIMAL(18,4)}, {@code DATETIME(6)}
     */
    static String dataType(String typeName, boolean unsigned, int precision, int scale) {
        String name = typeName.toUpperCase(Locale.ROOT).trim();
        boolean isUnsigned = unsigned || name.contains("UNSIGNED");
        name = name.replace("UNSIGNED", "").replace("ZEROFILL", "").trim();
        int open = name.indexOf('(');
        if (open >= 0) {
            name = name.substring(0, open).trim();
        }
        name = switch (name) {
            case "INTEGER" -> "INT";
            case "NUMERIC", "DEC", "FIXED" -> "DECIMAL";
            default -> name;
        };
        String suffix = switch (name) {
            case "DECIMAL" -> "(" + precision + "," + scale + ")";
            case "DATETIME", "TIMESTAMP", "TIME" -> scale >= 1 && scale <= 6 ? "(" + scale + ")" : "";
            default -> "";
        };
        return (isUnsigned ? "UNSIGNED " : "") + name + suffix;
    }

    /** The bytes written, with the array dropped once copied out. */
    private static final class Output extends ByteArrayOutputStream {

        Output() {
            super(1 << 16);
        }

        void drop() {
            this.buf = new byte[0];
            this.count = 0;
        }
    }
}
