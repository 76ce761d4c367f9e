/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format.arrow;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.format.BatchCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.ValueVectorUtility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Apache Arrow format ({@code application/vnd.apache.arrow.file}): a body is an Arrow IPC <em>file</em> (not a
 * stream) of one or more record batches. A request's column 0 holds the row ids and columns 1..n the arguments; a
 * response's columns are {@code __index__} (the row ids, Int64) then {@code col0, col1, ...}. NULLs are Arrow's
 * validity bits (python-sdk-services.md §2.9; python-sdk-audit.md "External functions").
 * <p>
 * The engine's Arrow column types are not verified, so a request may use any Arrow type that carries an argument's
 * values without loss; a response uses one fixed type per return type:
 * <table>
 *   <caption>Arrow types per wire type</caption>
 *   <tr><th>wire type</th><th>request (any of)</th><th>response</th></tr>
 *   <tr><td>BOOL</td><td>Bool; Int of any width (non-zero is true)</td><td>Bool</td></tr>
 *   <tr><td>INT8..INT64</td><td>Int of any width, signed or not</td><td>Int64</td></tr>
 *   <tr><td>UINT8..UINT64</td><td>Int of any width, signed or not</td><td>UInt64</td></tr>
 *   <tr><td>FLOAT32, FLOAT64</td><td>Float16, Float32, Float64</td><td>Float32, Float64</td></tr>
 *   <tr><td>DECIMAL</td><td>Decimal128, Decimal256; Utf8, LargeUtf8, Utf8View (decimal text)</td>
 *       <td>Utf8 (plain decimal text)</td></tr>
 *   <tr><td>STRING, JSON</td><td>Utf8, LargeUtf8, Utf8View</td><td>Utf8</td></tr>
 *   <tr><td>BINARY</td><td>Binary, LargeBinary, BinaryView, FixedSizeBinary</td><td>Binary</td></tr>
 *   <tr><td>DATE</td><td>Date32 (days), Date64 (milliseconds)</td><td>Date32</td></tr>
 *   <tr><td>TIME</td><td>Time32, Time64, Duration (any unit)</td><td>Duration(MICROSECOND)</td></tr>
 *   <tr><td>DATETIME</td><td>Timestamp without a time zone (any unit)</td><td>Timestamp(MICROSECOND)</td></tr>
 * </table>
 * Integers are taken at their value (unsigned widths zero-extended); a 64-bit value keeps its 64 bits, as in
 * ROWDAT_1. DECIMAL answers as text because SingleStore's DECIMAL reaches 65 digits, beyond Decimal128's 38, and one
 * Arrow decimal type per response would need a precision and scale that the batch's values do not fix; the text is
 * what ROWDAT_1 and JSON carry too. TIME answers as a Duration because a SQL TIME may be negative or exceed 24 hours,
 * which Time64 (a time of day) cannot hold. Values finer than a microsecond are truncated towards negative infinity.
 * <p>
 * Arrow memory comes from a child of one shared {@link RootAllocator}, one child per call, closed before the call
 * returns; a request's child is limited to a few times the body's size, so a file that declares huge buffers fails
 * as malformed instead of allocating them. {@link ArrowIpc} frames the file without Arrow's NIO views of its memory,
 * so no {@code --add-opens} flag is needed. Stateless and thread-safe.
 */
public final class ArrowCodec implements BatchCodec {

    /** The name of a response's row id column. */
    static final String INDEX_COLUMN = "__index__";

    private static final long DECODE_HEADROOM = 1L << 20;
    private static final int DECODE_SIZE_FACTOR = 4;
    private static final int FILE_OVERHEAD = 1024;

    private final BufferAllocator parent;

    /** A codec over the shared root allocator. */
    public ArrowCodec() {
        this(SharedRoot.ALLOCATOR);
    }

    /** @param parent the allocator each call's child allocator comes from */
    ArrowCodec(BufferAllocator parent) {
        this.parent = parent;
    }

    @Override
    public Batch decode(ByteBuf body, List<WireType> types) {
        long limit = DECODE_SIZE_FACTOR * (long) body.readableBytes() + DECODE_HEADROOM;
        try (BufferAllocator allocator = this.parent.newChildAllocator("s2r-udf-arrow-decode", 0, limit)) {
            return read(body, types, allocator);
        } catch (MalformedBatchException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new MalformedBatchException("the body is not a readable Arrow IPC file: " + e, e);
        }
    }

    private static Batch read(ByteBuf body, List<WireType> types, BufferAllocator allocator) throws IOException {
        ArrowIpc.Layout layout = ArrowIpc.layout(body);
        Schema schema = layout.footer().getSchema();
        ArrowReaders.ColumnReader[] readers = readers(schema, types);
        Batch batch = Batch.of(types, 0);
        long total = 0;
        try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
            VectorLoader loader = new VectorLoader(root);
            for (ArrowBlock block : layout.footer().getRecordBatches()) {
                try (ArrowRecordBatch records = ArrowIpc.recordBatch(body, layout, block, allocator)) {
                    loader.load(records);
                }
                total += root.getRowCount();
                if (total > Integer.MAX_VALUE) {
                    throw new MalformedBatchException("the file holds more than " + Integer.MAX_VALUE + " rows");
                }
                // buffer sizes only: validateFull's decimal check rejects a value of exactly the column's precision
                ValueVectorUtility.validate(root);
                readRowIds(root.getVector(0), batch);
                for (int i = 0; i < readers.length; i++) {
                    readers[i].read(root.getVector(i + 1), batch.column(i));
                }
            }
        }
        return batch;
    }

    private static ArrowReaders.ColumnReader[] readers(Schema schema, List<WireType> types) {
        List<Field> fields = schema.getFields();
        if (fields.size() != types.size() + 1) {
            throw new MalformedBatchException("the file has " + fields.size() + " columns, not " + (types.size() + 1)
                + " (the row ids and " + types.size() + " arguments)");
        }
        Field rowIds = fields.get(0);
        if (!(rowIds.getType() instanceof ArrowType.Int) || rowIds.getDictionary() != null) {
            throw new MalformedBatchException("column 0 (" + describe(rowIds) + ") must hold the integer row ids");
        }
        ArrowReaders.ColumnReader[] readers = new ArrowReaders.ColumnReader[types.size()];
        for (int i = 0; i < readers.length; i++) {
            Field field = fields.get(i + 1);
            WireType type = types.get(i);
            readers[i] = field.getDictionary() == null ? ArrowReaders.of(type, field.getType()) : null;
            if (readers[i] == null) {
                throw new MalformedBatchException("column " + (i + 1) + " (" + describe(field)
                    + ") cannot carry argument " + i + " of type " + type.dtype());
            }
        }
        return readers;
    }

    private static String describe(Field field) {
        return "'" + field.getName() + "', Arrow " + field.getType()
            + (field.getDictionary() == null ? "" : " dictionary-encoded");
    }

    private static void readRowIds(FieldVector vector, Batch batch) {
        BaseIntVector ids = (BaseIntVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            if (vector.isNull(row)) {
                throw new MalformedBatchException("the row id of row " + row + " is NULL");
            }
            batch.addRowId(ids.getValueAsLong(row));
        }
    }

    @Override
    public ByteBuf encode(Batch batch, List<WireType> types, ByteBufAllocator allocator) {
        if (batch.width() != types.size()) {
            throw new IllegalArgumentException(batch + " has " + batch.width() + " columns, not " + types.size());
        }
        ByteBuf out = null;
        try (BufferAllocator arrow = this.parent.newChildAllocator("s2r-udf-arrow-encode", 0, Long.MAX_VALUE);
             VectorSchemaRoot root = VectorSchemaRoot.create(schema(types), arrow)) {
            fill(root, batch, types);
            long size = FILE_OVERHEAD;
            for (FieldVector vector : root.getFieldVectors()) {
                size += vector.getBufferSize();
            }
            out = allocator.buffer((int) Math.min(size, Integer.MAX_VALUE));
            ArrowIpc.write(root, out);
        } catch (IOException e) {
            release(out);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            release(out);
            throw e;
        }
        return out;
    }

    private static Schema schema(List<WireType> types) {
        List<Field> fields = new ArrayList<>(types.size() + 1);
        fields.add(Field.nullable(INDEX_COLUMN, new ArrowType.Int(Long.SIZE, true)));
        for (int i = 0; i < types.size(); i++) {
            fields.add(Field.nullable("col" + i, ArrowWriters.arrowType(types.get(i))));
        }
        return new Schema(fields);
    }

    private static void fill(VectorSchemaRoot root, Batch batch, List<WireType> types) {
        int rows = batch.size();
        BigIntVector ids = (BigIntVector) root.getVector(0);
        ids.allocateNew(rows);
        for (int row = 0; row < rows; row++) {
            ids.set(row, batch.rowId(row));
        }
        ids.setValueCount(rows);
        for (int i = 0; i < types.size(); i++) {
            ArrowWriters.write(types.get(i), batch.column(i), root.getVector(i + 1), rows);
        }
        root.setRowCount(rows);
    }

    private static void release(ByteBuf buffer) {
        if (buffer != null) {
            buffer.release();
        }
    }

    /** The process's one root allocator, created when the first codec over it is. */
    private static final class SharedRoot {

        static final BufferAllocator ALLOCATOR = new RootAllocator();

        private SharedRoot() {
        }
    }
}
