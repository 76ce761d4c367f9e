/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.transport.RowSource;
import dev.s2r.driver.internal.row.RowSubscriber;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Operators;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

/**
 * One {@code toArrow} subscription: subscribes to the result's messages and emits its rows as Arrow batches.
 * <p>
 * Each row packet is copied once into a reused byte array (so that fields are parsed with plain array reads), its
 * fields walked once and staged by the column writers in heap arrays, and the packet released at once. A full
 * batch is moved into freshly allocated vectors and emitted at once. No Arrow memory is held while a batch fills,
 * so a cancellation, from any thread, has nothing to free and needs no lock on the row path.
 * <p>
 * Demand is counted in batches. The messages are requested a batch at a time ({@code batchRows} of them, one more
 * for each message that is not a row), so that no row beyond the requested batches is read, and the connection is
 * asked for more once per batch rather than once per row; an unbounded demand is passed on as it is.
 * <p>
 * When the subscription is the connection's own ({@link RowSource}), rows come straight from the event loop as
 * packets ({@link #row}), without a message object per row; rows that had to wait for demand still come as
 * messages, in order.
 */
final class ArrowBatcher extends RowSubscriber<VectorSchemaRoot> {

    /** The initial capacity of a batch; it grows past it when batches are larger. */
    private static final int MAX_INITIAL_CAPACITY = 4096;

    private static final AtomicLongFieldUpdater<ArrowBatcher> REQUESTED =
        AtomicLongFieldUpdater.newUpdater(ArrowBatcher.class, "requested");

    private final BufferAllocator allocator;
    private final int batchRows;
    private final Codecs codecs;
    private final CodecContext context;
    private final String sql;
    private final Bytes.Scratch scratch = new Bytes.Scratch();
    private volatile long requested;
    private volatile boolean cancelled;
    private volatile boolean unbounded;
    private ArrowColumn[] columns;
    private int[] fixedLengths;
    private Schema schema;
    private int rows;
    private int capacity;
    private boolean emitted;

    ArrowBatcher(CoreSubscriber<? super VectorSchemaRoot> actual, BufferAllocator allocator, int batchRows,
                 Codecs codecs, CodecContext context, String sql) {
        super(actual);
        this.allocator = allocator;
        this.batchRows = batchRows;
        this.codecs = codecs;
        this.context = context;
        this.sql = sql;
    }

    /**
     * Asks for {@code n} more batches. Only the caller that raises the demand from zero asks the connection for
     * messages; while the demand stays above zero, each emitted batch asks for the next.
     */
    @Override
    public void request(long n) {
        if (!Operators.validate(n)) {
            return;
        }
        if (Operators.addCap(REQUESTED, this, n) == 0) {
            if (n == Long.MAX_VALUE) {
                this.unbounded = true;
                this.upstream.request(Long.MAX_VALUE);
            } else {
                this.upstream.request(this.batchRows);
            }
        }
    }

    @Override
    public void cancel() {
        this.cancelled = true;
        this.upstream.cancel();
    }

    @Override
    public void onNext(ServerMessage message) {
        if (this.done || this.cancelled) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (message instanceof RowMessage) {
            onRow((RowMessage) message);
        } else if (message instanceof ResultSetMetadata) {
            onMetadata(((ResultSetMetadata) message).columns());
            requestOneMore();
        } else if (message instanceof ResultSetEnd || message instanceof OkMessage) {
            onEnd();
        } else if (message instanceof ErrorMessage) {
            ErrorMessage error = (ErrorMessage) message;
            this.done = true;
            // the ERR ends the response: the exchange's own end (or a close racing it) must not signal twice
            this.upstream.cancel();
            this.actual.onError(ExceptionFactory.create(error.getCode(), error.getSqlState(), error.getMessage(),
                this.sql));
        } else {
            ReferenceCountUtil.release(message);
            requestOneMore();
        }
    }

    /** A message that is not a row took one unit of the demand meant for the batch's rows: asks for it again. */
    private void requestOneMore() {
        if (!this.unbounded) {
            this.upstream.request(1);
        }
    }

    private void onMetadata(ColumnDefinition[] definitions) {
        this.columns = ArrowColumns.of(definitions, this.codecs, this.context);
        this.fixedLengths = new int[definitions.length];
        List<Field> fields = new ArrayList<>(definitions.length);
        for (int i = 0; i < definitions.length; i++) {
            fields.add(this.columns[i].field());
            this.fixedLengths[i] = DataTypes.binaryFixedLength(definitions[i].getType());
        }
        this.schema = new Schema(fields);
        this.rows = 0;
        this.capacity = 0;
        this.emitted = false;
    }

    /** A row handed on as bytes by the connection ({@link RowSource}). */
    @Override
    public void row(ByteBuf buffer, int index, int length, boolean binary) {
        if (this.done || this.cancelled) {
            return;
        }
        if (decode(buffer, index, length, binary) && ++this.rows == this.batchRows) {
            emit();
        }
    }

    private void onRow(RowMessage row) {
        boolean decoded;
        try {
            ByteBuf payload = row.payload();
            decoded = decode(payload, payload.readerIndex(), payload.readableBytes(), row.isBinary());
        } finally {
            row.release();
        }
        if (decoded && ++this.rows == this.batchRows) {
            emit();
        }
    }

    /**
     * Stages the fields of one row packet.
     *
     * @return {@code true}; {@code false} when the row is malformed, and the subscription then failed
     */
    private boolean decode(ByteBuf buffer, int index, int length, boolean binary) {
        try {
            if (this.columns == null) {
                throw ExceptionFactory.protocolError("Row received before its column definitions");
            }
            if (this.rows == this.capacity) {
                grow();
            }
            byte[] data = this.scratch.bytes(length);
            buffer.getBytes(index, data, 0, length);
            if (binary) {
                writeBinary(data, length, this.rows);
            } else {
                writeText(data, length, this.rows);
            }
            return true;
        } catch (RuntimeException e) {
            fail(e);
            return false;
        }
    }

    private void grow() {
        int next = this.capacity == 0 ? Math.min(this.batchRows, MAX_INITIAL_CAPACITY)
            : (int) Math.min(this.batchRows, this.capacity * 2L);
        for (ArrowColumn column : this.columns) {
            column.capacity(next);
        }
        this.capacity = next;
    }

    private void onEnd() {
        if (this.columns != null && (this.rows > 0 || !this.emitted)) {
            emit();
        }
    }

    /** Moves the staged rows into a new batch and emits it; then asks for the next batch if one is wanted. */
    private void emit() {
        VectorSchemaRoot batch;
        try {
            batch = moveRows();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        this.emitted = true;
        if (this.cancelled) {
            batch.close();
            return;
        }
        this.actual.onNext(batch);
        if (this.requested == Long.MAX_VALUE) {
            if (!this.unbounded) {
                this.unbounded = true;
                this.upstream.request(Long.MAX_VALUE);
            }
        } else if (REQUESTED.decrementAndGet(this) > 0) {
            this.upstream.request(this.batchRows);
        }
    }

    private VectorSchemaRoot moveRows() {
        int count = this.rows;
        this.rows = 0;
        VectorSchemaRoot batch = VectorSchemaRoot.create(this.schema, this.allocator);
        try {
            for (int i = 0; i < this.columns.length; i++) {
                this.columns[i].moveTo(batch.getVector(i), count);
            }
            batch.setRowCount(count);
            return batch;
        } catch (RuntimeException e) {
            batch.close();
            throw e;
        }
    }

    private void writeText(byte[] data, int end, int row) {
        int cursor = 0;
        for (int i = 0; i < this.columns.length; i++) {
            checkLength(i, cursor, 1, end);
            int first = data[cursor] & 0xFF;
            if (first == Bytes.NULL_MARKER) {
                cursor++;
                continue;
            }
            long length;
            if (first < 0xFB) {
                length = first;
                cursor++;
            } else {
                checkLength(i, cursor, Bytes.headerSize(first), end);
                length = Bytes.length(data, cursor);
                cursor += Bytes.headerSize(first);
            }
            checkLength(i, cursor, length, end);
            write(this.columns[i], row, data, cursor, (int) length, false);
            cursor += (int) length;
        }
    }

    private void writeBinary(byte[] data, int end, int row) {
        int cursor = 1 + (this.columns.length + 9) / 8;
        checkLength(0, 0, cursor, end);
        for (int i = 0; i < this.columns.length; i++) {
            int bit = i + 2;
            if ((data[1 + bit / 8] & (1 << (bit % 8))) != 0) {
                continue;
            }
            long length = this.fixedLengths[i];
            if (length < 0) {
                checkLength(i, cursor, 1, end);
                int first = data[cursor] & 0xFF;
                checkLength(i, cursor, Bytes.headerSize(first), end);
                length = Bytes.length(data, cursor);
                cursor += Bytes.headerSize(first);
            }
            checkLength(i, cursor, length, end);
            write(this.columns[i], row, data, cursor, (int) length, true);
            cursor += (int) length;
        }
    }

    /**
     * Calls the column's {@link ArrowColumn#write} through its own (final) class for the common types, so that the
     * call is bound statically and inlined; a row mixes several types, which makes the virtual call megamorphic.
     */
    private static void write(ArrowColumn column, int row, byte[] data, int index, int length, boolean binary) {
        if (column instanceof IntegerColumn) {
            ((IntegerColumn) column).write(row, data, index, length, binary);
        } else if (column instanceof BytesColumn) {
            ((BytesColumn) column).write(row, data, index, length, binary);
        } else if (column instanceof FloatingColumn) {
            ((FloatingColumn) column).write(row, data, index, length, binary);
        } else if (column instanceof DecimalColumn) {
            ((DecimalColumn) column).write(row, data, index, length, binary);
        } else if (column instanceof DateTimeColumn) {
            ((DateTimeColumn) column).write(row, data, index, length, binary);
        } else {
            column.write(row, data, index, length, binary);
        }
    }

    private static void checkLength(int column, int cursor, long length, int end) {
        if (length < 0 || cursor + length > end) {
            throw new IllegalStateException("Malformed row: column " + column + " claims " + length
                + " bytes beyond the end of the packet");
        }
    }
}
