/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.internal.codec.Parameter;
import dev.s2r.driver.internal.message.client.BulkExecuteMessage;
import dev.s2r.driver.internal.sql.ParsedSql;

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
public final class BulkInsert {

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
     * Checks, encodes and splits the bindings in one pass over the values.
     *
     * @param sql      the statement
     * @param bindings the parameters of each binding (at least one)
     * @param maxBytes the largest command payload to build, in bytes
     * @return the bulk commands to send, or {@code null} when the statement or the values do not qualify
     */
    public static Plan plan(ParsedSql sql, List<Parameter[]> bindings, long maxBytes) {
        return BatchInsert.isPlain(sql, bindings.size()) ? analyze(bindings, maxBytes) : null;
    }

    private static Plan analyze(List<Parameter[]> bindings, long maxBytes) {
        int perRow = bindings.get(0).length;
        if (perRow == 0) {
            return null;
        }
        long budget = Math.max(1024, maxBytes - HEADER_MARGIN - 2L * perRow);
        BulkExecuteMessage.Batch batch = new BulkExecuteMessage.Batch(perRow, budget, bindings.size());
        for (Parameter[] row : bindings) {
            if (!batch.add(row)) {
                return null;
            }
        }
        List<List<Parameter[]>> commands = new ArrayList<>(batch.commandCount());
        int start = 0;
        for (int command = 0; command < batch.commandCount(); command++) {
            int end = start + batch.rowCount(command);
            commands.add(bindings.subList(start, end));
            start = end;
        }
        return new Plan(batch, commands);
    }

    /**
     * The bulk commands for a batch: its rows, encoded once while they were checked and split, and the bindings of
     * each command.
     */
    public static final class Plan {

        private final BulkExecuteMessage.Batch batch;
        private final List<List<Parameter[]>> commands;

        private Plan(BulkExecuteMessage.Batch batch, List<List<Parameter[]>> commands) {
            this.batch = batch;
            this.commands = commands;
        }

        /** @return the rows of each command, in order */
        public List<List<Parameter[]>> commands() {
            return this.commands;
        }

        /**
         * @param statementId the prepared statement
         * @param command     an index into {@link #commands()}
         * @return the command that sends its rows
         */
        public BulkExecuteMessage message(long statementId, int command) {
            return this.batch.message(command, statementId);
        }
    }
}
