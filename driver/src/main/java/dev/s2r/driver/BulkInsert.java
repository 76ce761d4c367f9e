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
        return BatchInsert.isPlain(sql, bindings.size()) && BulkExecuteMessage.typesAgree(bindings);
    }

    /**
     * Splits the bindings into the rows of consecutive bulk commands.
     *
     * @param bindings the parameters of each binding, all of the same length
     * @param maxBytes the largest command payload to build, in bytes
     * @return the rows of each command, in order; a binding larger than the budget goes alone
     */
    static List<List<Parameter[]>> split(List<Parameter[]> bindings, long maxBytes) {
        int perRow = bindings.get(0).length;
        long budget = Math.max(1024, maxBytes - HEADER_MARGIN - 2L * perRow);
        List<List<Parameter[]>> commands = new ArrayList<>();
        ByteBuf scratch = Unpooled.buffer(256);
        try {
            int start = 0;
            long size = 0;
            for (int i = 0; i < bindings.size(); i++) {
                long row = rowSize(bindings.get(i), scratch);
                if (i > start && size + row > budget) {
                    commands.add(bindings.subList(start, i));
                    start = i;
                    size = 0;
                }
                size += row;
            }
            commands.add(bindings.subList(start, bindings.size()));
        } finally {
            scratch.release();
        }
        return commands;
    }

    /** @return the bytes of one row in a bulk command: an indicator per value, then the binary value */
    private static long rowSize(Parameter[] parameters, ByteBuf scratch) {
        long size = parameters.length;
        for (Parameter parameter : parameters) {
            if (!parameter.isNull()) {
                size += binarySize(parameter, scratch);
            }
        }
        return size;
    }

    private static int binarySize(Parameter parameter, ByteBuf scratch) {
        switch (parameter.type()) {
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
}
