/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.s2r.driver.internal.message.server.RetainedBytes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.message.server.ServerStatus;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import io.r2dbc.spi.R2dbcException;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The part of {@link DataApiResponseDecoder} inside the {@code results} array of a {@code query/tuples} answer:
 * each result's {@code columns} become a {@link ResultSetMetadata}, each of its {@code rows} a row written by
 * {@link RowWriter}, and its end a {@link ResultSetEnd} (or an {@link OkMessage} when it has no columns), held until
 * it is known whether another result follows.
 */
final class ResultsReader {

    private static final int RESULTS = 0;
    private static final int RESULT = 1;
    private static final int RESULT_VALUE = 2;
    private static final int COLUMNS = 3;
    private static final int COLUMN = 4;
    private static final int COLUMN_VALUE = 5;
    private static final int ROWS = 6;
    private static final int ROW = 7;
    private static final int JSON_CELL = 8;
    private static final int SKIP = 9;

    private static final int NO_END = 0;
    private static final int RESULT_SET_END = 1;
    private static final int OK = 2;

    private final JsonParser parser;
    private final RowWriter writer;
    private final JsonCell json;

    private int state = RESULTS;
    private String field;
    private int skipDepth;
    private int skipReturn;
    private int pendingEnd = NO_END;
    private int count;
    private long rowCount;
    private int cell;
    private ColumnDefinition[] columns;
    private int[] kinds;
    private int columnCount;
    private boolean rowsSeen;
    private String columnName;
    private String dataType;
    private boolean nullable;

    ResultsReader(JsonParser parser, RetainedBytes retained) {
        this.parser = parser;
        this.writer = new RowWriter(retained);
        this.json = new JsonCell(this.writer);
    }

    /** @return whether it is inside a {@code rows} array: between rows, or in one */
    boolean inRows() {
        return this.state >= ROWS && this.state <= JSON_CELL;
    }

    /**
     * @param scanner the fast path, to start
     * @return whether it is between the rows of a {@code rows} array, and then {@code scanner} has begun on it
     */
    boolean beginScan(RowScanner scanner) {
        if (this.state != ROWS) {
            return false;
        }
        scanner.begin(this.kinds, this.columnCount);
        return true;
    }

    /** Counts a row the fast path read. */
    void rowScanned() {
        this.rowCount++;
    }

    /** @return the writer the rows are written with */
    RowWriter writer() {
        return this.writer;
    }

    /** @return the number of results begun so far */
    int count() {
        return this.count;
    }

    /**
     * Reads the next token inside the {@code results} array.
     *
     * @return whether it ended the array
     */
    boolean onToken(JsonToken token, Consumer<? super ServerMessage> out) throws IOException {
        if (this.state == ROW) {
            cell(token, out);
            return false;
        }
        switch (this.state) {
            case RESULTS:
                if (token == JsonToken.END_ARRAY) {
                    return true;
                }
                this.count++;
                expect(token == JsonToken.START_OBJECT, "result " + this.count + " is " + describe(token)
                    + ", not an object");
                flushEnd(ServerStatus.MORE_RESULTS_EXISTS, out);
                this.columns = null;
                this.rowsSeen = false;
                this.rowCount = 0;
                this.state = RESULT;
                break;
            case RESULT:
                if (token == JsonToken.END_OBJECT) {
                    this.pendingEnd = this.columns == null ? OK : RESULT_SET_END;
                    this.state = RESULTS;
                } else {
                    this.field = this.parser.currentName();
                    this.state = RESULT_VALUE;
                }
                break;
            case RESULT_VALUE:
                onResultValue(token);
                break;
            case COLUMNS:
                if (token == JsonToken.END_ARRAY) {
                    endColumns(out);
                } else {
                    this.columnCount++;
                    if (token != JsonToken.START_OBJECT) {
                        throw malformed("column " + this.columnCount + " of result " + this.count + " is "
                            + describe(token) + ", not an object");
                    }
                    this.columnName = "";
                    this.dataType = null;
                    this.nullable = true;
                    this.state = COLUMN;
                }
                break;
            case COLUMN:
                if (token == JsonToken.END_OBJECT) {
                    if (this.dataType == null) {
                        throw malformed("column " + this.columnCount + " of result " + this.count
                            + " has no \"dataType\"");
                    }
                    addColumn(DataApiTypes.column(this.columnName, this.dataType, this.nullable));
                    this.state = COLUMNS;
                } else {
                    this.field = this.parser.currentName();
                    this.state = COLUMN_VALUE;
                }
                break;
            case COLUMN_VALUE:
                onColumnValue(token);
                break;
            case ROWS:
                if (token == JsonToken.END_ARRAY) {
                    this.rowsSeen = true;
                    this.state = RESULT;
                } else {
                    this.rowCount++;
                    if (token != JsonToken.START_ARRAY) {
                        throw malformed(where() + " is " + describe(token) + ", not an array");
                    }
                    this.cell = 0;
                    this.state = ROW;
                }
                break;
            case JSON_CELL:
                if (this.json.token(token, this.parser)) {
                    this.cell++;
                    this.state = ROW;
                }
                break;
            default:
                if (token.isStructStart()) {
                    this.skipDepth++;
                } else if (token.isStructEnd() && --this.skipDepth == 0) {
                    this.state = this.skipReturn;
                }
        }
        return false;
    }

    /**
     * Emits the end of the last result, held until now.
     *
     * @param more {@link ServerStatus#MORE_RESULTS_EXISTS} when another result follows, else 0
     * @param out  receives it
     */
    void flushEnd(int more, Consumer<? super ServerMessage> out) {
        int status = ServerStatus.AUTOCOMMIT | more;
        int end = this.pendingEnd;
        this.pendingEnd = NO_END;
        if (end == RESULT_SET_END) {
            out.accept(new ResultSetEnd(status, 0));
        } else if (end == OK) {
            out.accept(new OkMessage(0, 0, status, 0));
        }
    }

    /** Forgets the end of the last result, which an error replaces. */
    void dropEnd() {
        this.pendingEnd = NO_END;
    }

    /** Ends an answer whose {@code results} array is empty with one result of no rows. */
    void endEmpty(Consumer<? super ServerMessage> out) {
        if (this.count == 0) {
            this.pendingEnd = OK;
        }
        flushEnd(0, out);
    }

    /** Drops the row being written. */
    void reset() {
        this.writer.reset();
    }

    /** @return where the reader is, for messages: {@code row 3 of result 1} */
    String where() {
        return this.rowCount > 0 && this.state >= ROWS && this.state <= JSON_CELL
            ? "row " + this.rowCount + " of result " + this.count : "result " + this.count;
    }

    private void onResultValue(JsonToken token) {
        String name = this.field;
        if ("columns".equals(name)) {
            expect(this.columns == null, "result " + this.count + " has two \"columns\"");
            expect(token == JsonToken.START_ARRAY, "\"columns\" of result " + this.count + " is "
                + describe(token) + ", not an array");
            this.columns = new ColumnDefinition[8];
            this.kinds = new int[8];
            this.columnCount = 0;
            this.state = COLUMNS;
        } else if ("rows".equals(name) && token != JsonToken.VALUE_NULL) {
            expect(token == JsonToken.START_ARRAY, "\"rows\" of result " + this.count + " is "
                + describe(token) + ", not an array");
            expect(this.columns != null, "\"rows\" of result " + this.count + " come before its \"columns\"");
            expect(!this.rowsSeen, "result " + this.count + " has two \"rows\"");
            this.state = ROWS;
        } else {
            skip(token, RESULT);
        }
    }

    private void onColumnValue(JsonToken token) throws IOException {
        String name = this.field;
        if ("name".equals(name) || "dataType".equals(name)) {
            if (token != JsonToken.VALUE_STRING) {
                throw malformed("\"" + name + "\" of column " + this.columnCount + " of result " + this.count + " is "
                    + describe(token) + ", not a string");
            }
            if ("name".equals(name)) {
                this.columnName = this.parser.getText();
            } else {
                this.dataType = this.parser.getText();
            }
        } else if ("nullable".equals(name) && token.isBoolean()) {
            this.nullable = token == JsonToken.VALUE_TRUE;
        } else {
            skip(token, COLUMN);
            return;
        }
        this.state = COLUMN;
    }

    private void skip(JsonToken token, int returnState) {
        if (token.isStructStart()) {
            this.skipDepth = 1;
            this.skipReturn = returnState;
            this.state = SKIP;
        } else {
            this.state = returnState;
        }
    }

    private void addColumn(ColumnDefinition column) {
        int index = this.columnCount - 1;
        if (index == this.columns.length) {
            this.columns = Arrays.copyOf(this.columns, index * 2);
            this.kinds = Arrays.copyOf(this.kinds, index * 2);
        }
        this.columns[index] = column;
        this.kinds[index] = DataApiTypes.cellKind(column);
    }

    private void endColumns(Consumer<? super ServerMessage> out) {
        if (this.columns.length != this.columnCount) {
            this.columns = Arrays.copyOf(this.columns, this.columnCount);
        }
        this.state = RESULT;
        out.accept(new ResultSetMetadata(this.columns, false));
    }

    /** The next token of a row: a value of its next cell, or its end. */
    private void cell(JsonToken token, Consumer<? super ServerMessage> out) throws IOException {
        if (token == JsonToken.END_ARRAY) {
            if (this.cell != this.columnCount) {
                throw malformed(where() + " has " + this.cell + " values for " + this.columnCount + " columns");
            }
            this.state = ROWS;
            out.accept(this.writer.endRow());
            return;
        }
        if (this.cell == this.columnCount) {
            throw malformed(where() + " has more values than its " + this.columnCount + " columns");
        }
        int kind = this.kinds[this.cell];
        switch (token) {
            case VALUE_NULL:
                this.writer.nullCell();
                break;
            case VALUE_STRING:
                if (kind == DataApiTypes.JSON) {
                    this.json.scalarCell(token, this.parser);
                } else if (kind == DataApiTypes.BYTES || kind == DataApiTypes.BIT) {
                    if (!this.writer.base64Cell(this.parser.getTextCharacters(), this.parser.getTextOffset(),
                        this.parser.getTextLength())) {
                        throw malformed("the value of column " + this.columns[this.cell].getName() + " in " + where()
                            + " is not base64");
                    }
                } else {
                    this.writer.textCell(this.parser.getTextCharacters(), this.parser.getTextOffset(),
                        this.parser.getTextLength());
                }
                break;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                number(token, kind);
                break;
            case VALUE_TRUE:
            case VALUE_FALSE:
                if (kind == DataApiTypes.JSON) {
                    this.json.scalarCell(token, this.parser);
                } else if (kind == DataApiTypes.BIT) {
                    this.writer.bigEndianCell(token == JsonToken.VALUE_TRUE ? 1 : 0, bitBytes());
                } else {
                    this.writer.charCell(token == JsonToken.VALUE_TRUE ? '1' : '0');
                }
                break;
            default:
                this.json.begin(token);
                this.state = JSON_CELL;
                return;
        }
        this.cell++;
    }

    private void number(JsonToken token, int kind) throws IOException {
        if (kind == DataApiTypes.BIT && token == JsonToken.VALUE_NUMBER_INT) {
            long bits = this.parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? this.parser.getBigIntegerValue().longValue() : this.parser.getLongValue();
            this.writer.bigEndianCell(bits, bitBytes());
        } else if (kind == DataApiTypes.TEXT || kind == DataApiTypes.JSON) {
            this.json.numberCell(this.parser);
        } else {
            this.writer.asciiCell(this.parser.getTextCharacters(), this.parser.getTextOffset(),
                this.parser.getTextLength());
        }
    }

    /** @return how many bytes the MySQL protocol sends for a value of the current BIT column: one per 8 bits */
    private int bitBytes() {
        return (int) Math.max(1, Math.min(8, (this.columns[this.cell].getLength() + 7) / 8));
    }

    /** Fails with {@code how} unless {@code condition}; off the paths of rows and cells, where {@code how} costs. */
    static void expect(boolean condition, String how) {
        if (!condition) {
            throw malformed(how);
        }
    }

    static R2dbcException malformed(String how) {
        return ExceptionFactory.malformedDataApiAnswer(how, null);
    }

    /** @return a JSON token as a kind of value, for messages: {@code an object}, {@code a string}... */
    static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name();
        }
    }
}
