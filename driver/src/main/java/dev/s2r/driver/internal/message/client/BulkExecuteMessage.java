/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import dev.s2r.driver.internal.codec.Parameter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;

import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB's {@code COM_STMT_BULK_EXECUTE}: one prepared statement run once per row of parameters in a single
 * command. The column types are sent once ({@code SEND_TYPES_TO_SERVER}); each value is preceded by an indicator
 * byte, {@code NONE} followed by the binary value, or {@code NULL}. Every non-NULL value of a column must have the
 * column's type ({@link #typesAgree}). MariaDB answers with one OK packet (affected rows of all rows, the first
 * generated id) or an ERR packet.
 * <p>
 * The rows are encoded once, when the message (or the {@link Batch} of messages) is built, into a heap buffer that
 * the garbage collector reclaims: the message holds no reference-counted memory, so a batch that is cancelled
 * before it is sent leaves nothing to release.
 */
public final class BulkExecuteMessage implements ClientMessage {

    /** Bulk flag: the parameter types follow the flags. */
    static final int SEND_TYPES_TO_SERVER = 128;
    private static final int UNSIGNED = 0x80;
    private static final int INDICATOR_NONE = 0;
    private static final int INDICATOR_NULL = 1;

    private final long statementId;
    private final ColumnTypes columnTypes;
    private final ByteBuf rows;
    private final int rowCount;

    private BulkExecuteMessage(long statementId, ColumnTypes columnTypes, ByteBuf rows, int rowCount) {
        this.statementId = statementId;
        this.columnTypes = columnTypes;
        this.rows = rows;
        this.rowCount = rowCount;
    }

    /**
     * @param statementId the prepared statement id
     * @param rows        at least one row of parameters, each of the statement's parameter count (at least one),
     *                    whose non-NULL values agree in type per column; encoded at once
     * @throws IllegalArgumentException when {@code rows} is empty, has no parameters or rows of different lengths,
     *                                  or the types of a column differ
     */
    public BulkExecuteMessage(long statementId, List<Parameter[]> rows) {
        this(statementId, encodeAll(rows));
    }

    private BulkExecuteMessage(long statementId, Batch batch) {
        this(statementId, batch.types, batch.buffers.get(0), batch.rowCount(0));
    }

    private static Batch encodeAll(List<Parameter[]> rows) {
        if (rows.isEmpty() || rows.get(0).length == 0) {
            throw new IllegalArgumentException("A bulk execution needs at least one row of at least one parameter");
        }
        Batch batch = new Batch(rows.get(0).length, Long.MAX_VALUE, rows.size());
        for (Parameter[] row : rows) {
            if (!batch.add(row)) {
                throw new IllegalArgumentException("The values of a column differ in type; they cannot be sent in bulk");
            }
        }
        return batch;
    }

    /**
     * @param rows rows of parameters of the same length
     * @return whether the non-NULL values of every column have the same type and signedness, as a bulk execution
     * requires
     */
    public static boolean typesAgree(List<Parameter[]> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        ColumnTypes types = new ColumnTypes(rows.get(0).length);
        for (Parameter[] row : rows) {
            if (!types.admit(row)) {
                return false;
            }
        }
        return true;
    }

    /** @return how many rows the command carries */
    public int rowCount() {
        return this.rowCount;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(Command.STMT_BULK_EXECUTE);
        out.writeIntLE((int) this.statementId);
        out.writeShortLE(SEND_TYPES_TO_SERVER);
        this.columnTypes.write(out);
        out.writeBytes(this.rows, this.rows.readerIndex(), this.rows.readableBytes());
    }

    @Override
    public String toString() {
        return "COM_STMT_BULK_EXECUTE(" + this.statementId + ", " + this.rowCount + " rows of "
            + this.columnTypes.count() + " parameters)";
    }

    /**
     * Rows encoded once, as they are added, and split into bulk commands whose rows stay under a size: the commands of
     * one {@code Statement.execute()}. Every command announces the same column types, those of the whole batch.
     */
    public static final class Batch {

        private static final int INITIAL_CAPACITY = 1024;

        /** The most a buffer is sized for ahead of its rows. */
        private static final int MAX_RESERVE = 1 << 30;

        private final ColumnTypes types;
        private final long maxRowBytes;
        private final int expectedRows;
        private final List<ByteBuf> buffers = new ArrayList<>(1);
        /** The rows of each command before the current one. */
        private final List<Integer> finishedRows = new ArrayList<>(1);
        private ByteBuf current;
        private int currentRows;
        private int addedRows;

        /**
         * @param columns     the parameters per row (at least one)
         * @param maxRowBytes the most bytes of encoded rows per command; a single larger row still gets a command
         */
        public Batch(int columns, long maxRowBytes) {
            this(columns, maxRowBytes, 0);
        }

        /**
         * @param columns      the parameters per row (at least one)
         * @param maxRowBytes  the most bytes of encoded rows per command; a single larger row still gets a command
         * @param expectedRows how many rows are going to be added (0 when unknown): once the first is encoded, the
         *                     buffer is sized for that many rows of its size, up to a command's bytes, instead of
         *                     doubling (and copying its rows) again and again as they come
         */
        public Batch(int columns, long maxRowBytes, int expectedRows) {
            this.types = new ColumnTypes(columns);
            this.maxRowBytes = maxRowBytes;
            this.expectedRows = expectedRows;
            this.current = heapBuffer(INITIAL_CAPACITY);
            this.buffers.add(this.current);
        }

        /**
         * A plain heap buffer: its array is reclaimed by the garbage collector, nothing is pooled or counted in an
         * allocator's metrics, so dropping it unreleased (a cancelled batch) is correct.
         */
        private static ByteBuf heapBuffer(int initialCapacity) {
            return new UnpooledHeapByteBuf(UnpooledByteBufAllocator.DEFAULT, initialCapacity, Integer.MAX_VALUE);
        }

        /**
         * Encodes a row, after the rows added before; starts a new command when the row does not fit the current one.
         *
         * @param row the row's parameters
         * @return {@code false} when its length differs from the batch's, or a non-NULL value's type or signedness
         * differs from its column's: then the row is not added and the batch cannot be sent in bulk
         */
        public boolean add(Parameter[] row) {
            int start = this.current.writerIndex();
            if (!this.types.writeChecked(row, this.current)) {
                this.current.writerIndex(start);
                return false;
            }
            if (this.currentRows > 0 && this.current.writerIndex() > this.maxRowBytes) {
                moveToNextCommand(start);
            } else if (this.addedRows == 0) {
                int room = reserve(this.current.writerIndex() - start) - this.current.writerIndex();
                if (room > this.current.writableBytes()) {
                    this.current.ensureWritable(room);
                }
            }
            this.currentRows++;
            this.addedRows++;
            return true;
        }

        /**
         * @param rowBytes the size of the row just encoded
         * @return the bytes to size a command's buffer for: the rows still expected at that size (this one
         * included), within the command's budget
         */
        private int reserve(int rowBytes) {
            long rows = Math.max(1, this.expectedRows - this.addedRows);
            long budget = Math.min(this.maxRowBytes, MAX_RESERVE) + rowBytes;
            return (int) Math.min(Math.min(rows * rowBytes, budget), MAX_RESERVE);
        }

        private void moveToNextCommand(int rowStart) {
            int rowBytes = this.current.writerIndex() - rowStart;
            ByteBuf next = heapBuffer(Math.max(INITIAL_CAPACITY, reserve(rowBytes)));
            next.writeBytes(this.current, rowStart, rowBytes);
            this.current.writerIndex(rowStart);
            this.current = next;
            this.finishedRows.add(this.currentRows);
            this.currentRows = 0;
            this.buffers.add(next);
        }

        /** @return the commands so far */
        public int commandCount() {
            return this.finishedRows.size() + (this.currentRows > 0 ? 1 : 0);
        }

        /**
         * @param command a command index, below {@link #commandCount()}
         * @return how many rows it carries, in the order they were added
         */
        public int rowCount(int command) {
            return command < this.finishedRows.size() ? this.finishedRows.get(command) : this.currentRows;
        }

        /**
         * @param command     a command index, below {@link #commandCount()}
         * @param statementId the prepared statement id
         * @return the command's message; the batch must not be added to afterwards
         */
        public BulkExecuteMessage message(int command, long statementId) {
            return new BulkExecuteMessage(statementId, this.types, this.buffers.get(command), rowCount(command));
        }
    }

    /**
     * The type and signedness of each column: those of its first non-NULL value, or of its first value when all are
     * NULL so far.
     */
    private static final class ColumnTypes {

        private final int[] types;
        private final boolean[] unsigned;
        private final boolean[] known;
        private boolean first = true;

        ColumnTypes(int columns) {
            this.types = new int[columns];
            this.unsigned = new boolean[columns];
            this.known = new boolean[columns];
        }

        int count() {
            return this.types.length;
        }

        /** @return whether the row fits the columns (and then its types are recorded) */
        boolean admit(Parameter[] row) {
            return writeChecked(row, null);
        }

        /**
         * Checks a row against the columns, recording the types of its values, and writes its values with their
         * indicators while doing so.
         *
         * @param row the row
         * @param out where to write it, or {@code null} to check only
         * @return whether the row fits (else what was written of it must be dropped)
         */
        boolean writeChecked(Parameter[] row, ByteBuf out) {
            if (row.length != this.types.length) {
                return false;
            }
            boolean first = this.first;
            this.first = false;
            for (int i = 0; i < row.length; i++) {
                Parameter parameter = row[i];
                if (parameter.isNull()) {
                    if (first) {
                        this.types[i] = parameter.type();
                        this.unsigned[i] = parameter.unsigned();
                    }
                    if (out != null) {
                        out.writeByte(INDICATOR_NULL);
                    }
                    continue;
                }
                if (!accept(i, parameter.type(), parameter.unsigned())) {
                    return false;
                }
                if (out != null) {
                    out.writeByte(INDICATOR_NONE);
                    parameter.writeBinary(out);
                }
            }
            return true;
        }

        private boolean accept(int column, int type, boolean isUnsigned) {
            if (this.known[column]) {
                return this.types[column] == type && this.unsigned[column] == isUnsigned;
            }
            this.types[column] = type;
            this.unsigned[column] = isUnsigned;
            this.known[column] = true;
            return true;
        }

        void write(ByteBuf out) {
            for (int i = 0; i < this.types.length; i++) {
                out.writeByte(this.types[i]);
                out.writeByte(this.unsigned[i] ? UNSIGNED : 0);
            }
        }
    }
}
