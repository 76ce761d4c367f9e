/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.message.client;

import dev.s2r.driver.codec.Parameter;
import io.netty.buffer.ByteBuf;

import java.util.List;

/**
 * MariaDB's {@code COM_STMT_BULK_EXECUTE}: one prepared statement run once per row of parameters in a single
 * command. The column types are sent once ({@code SEND_TYPES_TO_SERVER}); each value is preceded by an indicator
 * byte, {@code NONE} followed by the binary value, or {@code NULL}. Every non-NULL value of a column must have the
 * column's type ({@link #typesAgree}). MariaDB answers with one OK packet (affected rows of all rows, the first
 * generated id) or an ERR packet.
 */
public final class BulkExecuteMessage implements ClientMessage {

    /** Bulk flag: the parameter types follow the flags. */
    static final int SEND_TYPES_TO_SERVER = 128;
    private static final int UNSIGNED = 0x80;
    private static final int INDICATOR_NONE = 0;
    private static final int INDICATOR_NULL = 1;

    private final long statementId;
    private final List<Parameter[]> rows;
    private final Parameter[] columnTypes;

    /**
     * @param statementId the prepared statement id
     * @param rows        at least one row of parameters, each of the statement's parameter count (at least one),
     *                    whose non-NULL values agree in type per column; the arrays are not changed afterwards
     * @throws IllegalArgumentException when {@code rows} is empty, has no parameters or rows of different lengths,
     *                                  or the types of a column differ
     */
    public BulkExecuteMessage(long statementId, List<Parameter[]> rows) {
        if (rows.isEmpty() || rows.get(0).length == 0) {
            throw new IllegalArgumentException("A bulk execution needs at least one row of at least one parameter");
        }
        this.columnTypes = columnTypes(rows);
        if (this.columnTypes == null) {
            throw new IllegalArgumentException("The values of a column differ in type; they cannot be sent in bulk");
        }
        this.statementId = statementId;
        this.rows = List.copyOf(rows);
    }

    private BulkExecuteMessage(long statementId, List<Parameter[]> rows, Parameter[] columnTypes) {
        this.statementId = statementId;
        this.rows = List.copyOf(rows);
        this.columnTypes = columnTypes;
    }

    /**
     * For a caller that has already checked the rows while going over them for another reason (splitting them
     * under {@code max_allowed_packet}), so that the values are not checked a second time.
     *
     * @param statementId the prepared statement id
     * @param rows        at least one row of parameters, as for {@link #BulkExecuteMessage(long, List)}
     * @param columnTypes per column the first non-NULL parameter of the rows (the first parameter when the column
     *                    is all NULL), every non-NULL value of the column having its type and signedness; not
     *                    changed afterwards
     * @return the message
     * @throws IllegalArgumentException when {@code rows} is empty or {@code columnTypes} does not match its width
     */
    public static BulkExecuteMessage ofCheckedTypes(long statementId, List<Parameter[]> rows,
                                                    Parameter[] columnTypes) {
        if (rows.isEmpty() || columnTypes.length == 0 || rows.get(0).length != columnTypes.length) {
            throw new IllegalArgumentException("A bulk execution needs at least one row and one type per parameter");
        }
        return new BulkExecuteMessage(statementId, rows, columnTypes);
    }

    /**
     * @param rows rows of parameters of the same length
     * @return whether the non-NULL values of every column have the same type and signedness, as a bulk execution
     * requires
     */
    public static boolean typesAgree(List<Parameter[]> rows) {
        return !rows.isEmpty() && columnTypes(rows) != null;
    }

    /**
     * @return per column the first non-NULL parameter (or the first parameter when the column is all NULL), or
     * {@code null} when a column mixes types
     */
    private static Parameter[] columnTypes(List<Parameter[]> rows) {
        int count = rows.get(0).length;
        Parameter[] types = rows.get(0).clone();
        for (Parameter[] row : rows) {
            if (row.length != count) {
                return null;
            }
            for (int i = 0; i < count; i++) {
                Parameter value = row[i];
                if (value.isNull()) {
                    continue;
                }
                if (types[i].isNull()) {
                    types[i] = value;
                } else if (types[i].type() != value.type() || types[i].unsigned() != value.unsigned()) {
                    return null;
                }
            }
        }
        return types;
    }

    /** @return how many rows the command carries */
    public int rowCount() {
        return this.rows.size();
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(Command.STMT_BULK_EXECUTE);
        out.writeIntLE((int) this.statementId);
        out.writeShortLE(SEND_TYPES_TO_SERVER);
        for (Parameter type : this.columnTypes) {
            out.writeByte(type.type());
            out.writeByte(type.unsigned() ? UNSIGNED : 0);
        }
        for (Parameter[] row : this.rows) {
            for (Parameter parameter : row) {
                if (parameter.isNull()) {
                    out.writeByte(INDICATOR_NULL);
                } else {
                    out.writeByte(INDICATOR_NONE);
                    parameter.writeBinary(out);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "COM_STMT_BULK_EXECUTE(" + this.statementId + ", " + this.rows.size() + " rows of "
            + this.columnTypes.length + " parameters)";
    }
}
