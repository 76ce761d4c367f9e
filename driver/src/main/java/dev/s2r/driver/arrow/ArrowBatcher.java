/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.arrow;

import dev.s2r.driver.client.ExceptionFactory;
import dev.s2r.driver.codec.CodecContext;
import dev.s2r.driver.codec.Codecs;
import dev.s2r.driver.codec.DataTypes;
import dev.s2r.driver.message.server.ColumnDefinition;
import dev.s2r.driver.message.server.ErrorMessage;
import dev.s2r.driver.message.server.OkMessage;
import dev.s2r.driver.message.server.ResultSetEnd;
import dev.s2r.driver.message.server.ResultSetMetadata;
import dev.s2r.driver.message.server.RowMessage;
import dev.s2r.driver.message.server.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import reactor.core.publisher.SynchronousSink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The state of one {@code toArrow} subscription, used as the {@code handle} function over the result's messages:
 * each row packet is copied once into a reused byte array (so that fields are parsed with plain array reads), its
 * fields walked once and written into the vectors of the current batch, and the packet released at once; a
 * full batch is emitted at once, so the next row is only requested (and decoded) when the subscriber asks for
 * another batch. The end of the result emits the last, partial batch.
 * <p>
 * Messages arrive on the connection's event loop while a cancellation may come from any thread, so the methods
 * that touch the current batch are synchronized.
 */
final class ArrowBatcher implements BiConsumer<ServerMessage, SynchronousSink<VectorSchemaRoot>> {

    /** The initial capacity of a batch's vectors; they grow past it when batches are larger. */
    private static final int MAX_INITIAL_CAPACITY = 4096;

    private final BufferAllocator allocator;
    private final int batchRows;
    private final Codecs codecs;
    private final CodecContext context;
    private final String sql;
    private final Bytes.Scratch scratch = new Bytes.Scratch();
    private ArrowColumn[] columns;
    private int[] fixedLengths;
    private Schema schema;
    private VectorSchemaRoot root;
    private int rows;
    private boolean emitted;
    private boolean disposed;

    ArrowBatcher(BufferAllocator allocator, int batchRows, Codecs codecs, CodecContext context, String sql) {
        this.allocator = allocator;
        this.batchRows = batchRows;
        this.codecs = codecs;
        this.context = context;
        this.sql = sql;
    }

    @Override
    public synchronized void accept(ServerMessage message, SynchronousSink<VectorSchemaRoot> sink) {
        if (this.disposed) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (message instanceof RowMessage) {
            onRow((RowMessage) message, sink);
        } else if (message instanceof ResultSetMetadata) {
            onMetadata(((ResultSetMetadata) message).columns());
        } else if (message instanceof ResultSetEnd || message instanceof OkMessage) {
            onEnd(sink);
        } else if (message instanceof ErrorMessage) {
            ErrorMessage error = (ErrorMessage) message;
            closeBatch();
            sink.error(ExceptionFactory.create(error.getCode(), error.getSqlState(), error.getMessage(), this.sql));
        } else {
            ReferenceCountUtil.release(message);
        }
    }

    /**
     * Closes the batch being filled, if any; later messages are released unread. Called when the subscription
     * ends, whichever way.
     */
    synchronized void dispose() {
        this.disposed = true;
        closeBatch();
    }

    private void onMetadata(ColumnDefinition[] definitions) {
        closeBatch();
        this.columns = ArrowColumns.of(definitions, this.codecs, this.context);
        this.fixedLengths = new int[definitions.length];
        List<Field> fields = new ArrayList<>(definitions.length);
        for (int i = 0; i < definitions.length; i++) {
            fields.add(this.columns[i].field());
            this.fixedLengths[i] = DataTypes.binaryFixedLength(definitions[i].getType());
        }
        this.schema = new Schema(fields);
        this.emitted = false;
    }

    private void onRow(RowMessage row, SynchronousSink<VectorSchemaRoot> sink) {
        try {
            if (this.columns == null) {
                throw ExceptionFactory.protocolError("Row received before its column definitions");
            }
            if (this.root == null) {
                this.root = newBatch();
            }
            ByteBuf buf = row.payload();
            int length = buf.readableBytes();
            byte[] data = this.scratch.bytes(length);
            buf.getBytes(buf.readerIndex(), data, 0, length);
            if (row.isBinary()) {
                writeBinary(data, length, this.rows);
            } else {
                writeText(data, length, this.rows);
            }
        } catch (RuntimeException e) {
            closeBatch();
            sink.error(e);
            return;
        } finally {
            row.release();
        }
        if (++this.rows == this.batchRows) {
            emit(sink);
        }
    }

    private void onEnd(SynchronousSink<VectorSchemaRoot> sink) {
        if (this.columns == null) {
            return;
        }
        if (this.root == null && !this.emitted) {
            try {
                this.root = newBatch();
            } catch (RuntimeException e) {
                sink.error(e);
                return;
            }
        }
        if (this.root != null) {
            emit(sink);
        }
    }

    private void emit(SynchronousSink<VectorSchemaRoot> sink) {
        VectorSchemaRoot batch = this.root;
        batch.setRowCount(this.rows);
        this.root = null;
        this.rows = 0;
        this.emitted = true;
        sink.next(batch);
    }

    private VectorSchemaRoot newBatch() {
        VectorSchemaRoot batch = VectorSchemaRoot.create(this.schema, this.allocator);
        try {
            List<FieldVector> vectors = batch.getFieldVectors();
            int capacity = Math.min(this.batchRows, MAX_INITIAL_CAPACITY);
            for (int i = 0; i < vectors.size(); i++) {
                FieldVector vector = vectors.get(i);
                vector.setInitialCapacity(capacity);
                vector.allocateNew();
                this.columns[i].bind(vector);
            }
            return batch;
        } catch (RuntimeException e) {
            batch.close();
            throw e;
        }
    }

    private void closeBatch() {
        if (this.root != null) {
            this.root.close();
            this.root = null;
            this.rows = 0;
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
            checkLength(i, cursor, Bytes.headerSize(first), end);
            long length = Bytes.length(data, cursor);
            cursor += Bytes.headerSize(first);
            checkLength(i, cursor, length, end);
            this.columns[i].write(row, data, cursor, (int) length, false);
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
            this.columns[i].write(row, data, cursor, (int) length, true);
            cursor += (int) length;
        }
    }

    private static void checkLength(int column, int cursor, long length, int end) {
        if (length < 0 || cursor + length > end) {
            throw new IllegalStateException("Malformed row: column " + column + " claims " + length
                + " bytes beyond the end of the packet");
        }
    }
}
