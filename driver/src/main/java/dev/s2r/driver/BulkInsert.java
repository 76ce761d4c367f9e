/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.codec.DataTypes;
import dev.s2r.driver.codec.Parameter;
import dev.s2r.driver.message.client.BulkExecuteMessage;
import dev.s2r.driver.sql.ParsedSql;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether the bindings of a statement can run as MariaDB's {@code COM_STMT_BULK_EXECUTE}, and splits them
 * into bulk commands that stay under {@code max_allowed_packet}.
 * <p>
 * Only plain {@code INSERT ... VALUES (...)} statements qualify (as for {@link BatchInsert}): each binding inserts
 * exactly one row, so the single OK packet of a bulk command (all rows' count, the first generated id) can be
 * reported per binding. A batch whose values of one column differ in type (an {@code Integer} next to a
 * {@code Long}, say) does not qualify either, because a bulk command announces one type per column.
 */
final class BulkInsert {

    /** Command byte, statement id, flags: 7 bytes; the rest of the margin covers the packet framing. */
    private static final int HEADER_MARGIN = 1024;

    private BulkInsert() {
    }

    /**
     * @param sql      the statement
     * @param bindings the parameters of each binding
     * @return whether the bindings can be sent as bulk commands
     */
    static boolean fits(ParsedSql sql, List<Parameter[]> bindings) {
        return plan(sql, bindings, Long.MAX_VALUE) != null;
    }

    /**
     * Splits the bindings into the rows of consecutive bulk commands.
     *
     * @param bindings the parameters of each binding, all of the same length, whose types agree per column
     * @param maxBytes the largest command payload to build, in bytes
     * @return the rows of each command, in order; a binding larger than the budget goes alone
     * @throws IllegalArgumentException when the bindings cannot be sent in bulk
     */
    static List<List<Parameter[]>> split(List<Parameter[]> bindings, long maxBytes) {
        Plan plan = analyze(bindings, maxBytes);
        if (plan == null) {
            throw new IllegalArgumentException("The bindings differ in length or in the types of a column");
        }
        return plan.commands();
    }

    /**
     * Checks and splits the bindings in one pass over the values.
     *
     * @param sql      the statement
     * @param bindings the parameters of each binding (at least one)
     * @param maxBytes the largest command payload to build, in bytes
     * @return the bulk commands to send, or {@code null} when the statement or the values do not qualify
     */
    static Plan plan(ParsedSql sql, List<Parameter[]> bindings, long maxBytes) {
        return BatchInsert.isPlain(sql, bindings.size()) ? analyze(bindings, maxBytes) : null;
    }

    private static Plan analyze(List<Parameter[]> bindings, long maxBytes) {
        int perRow = bindings.get(0).length;
        if (perRow == 0) {
            return null;
        }
        long budget = Math.max(1024, maxBytes - HEADER_MARGIN - 2L * perRow);
        Parameter[] types = bindings.get(0).clone();
        List<List<Parameter[]>> commands = new ArrayList<>(1);
        ByteBuf scratch = Unpooled.buffer(256);
        try {
            int start = 0;
            long size = 0;
            for (int i = 0; i < bindings.size(); i++) {
                Parameter[] row = bindings.get(i);
                long rowSize = row.length == perRow ? rowSize(row, types, scratch) : -1;
                if (rowSize < 0) {
                    return null;
                }
                if (i > start && size + rowSize > budget) {
                    commands.add(bindings.subList(start, i));
                    start = i;
                    size = 0;
                }
                size += rowSize;
            }
            commands.add(bindings.subList(start, bindings.size()));
        } finally {
            scratch.release();
        }
        return new Plan(types, commands);
    }

    /**
     * @param types per column the first non-NULL value seen so far (updated as values are met)
     * @return the bytes of one row in a bulk command (an indicator per value, then the binary value), or -1 when a
     * value's type differs from its column's
     */
    private static long rowSize(Parameter[] row, Parameter[] types, ByteBuf scratch) {
        long size = row.length;
        for (int i = 0; i < row.length; i++) {
            Parameter parameter = row[i];
            if (parameter.isNull()) {
                continue;
            }
            int type = parameter.type();
            Parameter column = types[i];
            if (column.isNull()) {
                types[i] = parameter;
            } else if (column != parameter && (column.type() != type || column.unsigned() != parameter.unsigned())) {
                return -1;
            }
            size += binarySize(type, parameter, scratch);
        }
        return size;
    }

    private static int binarySize(int type, Parameter parameter, ByteBuf scratch) {
        switch (type) {
            case DataTypes.TINY:
                return 1;
            case DataTypes.SHORT:
            case DataTypes.YEAR:
                return 2;
            case DataTypes.LONG:
            case DataTypes.INT24:
            case DataTypes.FLOAT:
                return 4;
            case DataTypes.LONGLONG:
            case DataTypes.DOUBLE:
                return 8;
            default:
                return parameter.binarySize(scratch);
        }
    }

    /**
     * The bulk commands for a batch: the column types announced by every command, and the rows of each command.
     */
    static final class Plan {

        private final Parameter[] columnTypes;
        private final List<List<Parameter[]>> commands;

        private Plan(Parameter[] columnTypes, List<List<Parameter[]>> commands) {
            this.columnTypes = columnTypes;
            this.commands = commands;
        }

        /** @return the rows of each command, in order */
        List<List<Parameter[]>> commands() {
            return this.commands;
        }

        /**
         * @param statementId the prepared statement
         * @param rows        one of {@link #commands()}
         * @return the command that sends them
         */
        BulkExecuteMessage message(long statementId, List<Parameter[]> rows) {
            return BulkExecuteMessage.ofCheckedTypes(statementId, rows, this.columnTypes);
        }
    }
}
