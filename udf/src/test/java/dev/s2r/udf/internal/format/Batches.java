/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds batches, runs codecs over heap and direct buffers, and reads rows back as plain lists. */
final class Batches {

    private Batches() {
    }

    /** Binary values in rows, compared by content and shown in hex. */
    record Hex(String hex) {
        static Hex of(byte[] bytes) {
            return new Hex(HexFormat.of().formatHex(bytes));
        }
    }

    /**
     * @param types the columns' types
     * @param rows each row as its id followed by its values ({@code null} for NULL)
     * @return the batch
     */
    static Batch batch(List<WireType> types, Object[]... rows) {
        Batch batch = Batch.of(types, 1);
        for (Object[] row : rows) {
            batch.addRowId((Long) row[0]);
            for (int c = 0; c < types.size(); c++) {
                Column column = batch.column(c);
                Object value = row[c + 1];
                if (value == null) {
                    column.addNull();
                } else if (types.get(c).storage() == WireType.Storage.LONG) {
                    column.addLong(value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue());
                } else if (types.get(c).storage() == WireType.Storage.DOUBLE) {
                    column.addDouble(((Number) value).doubleValue());
                } else {
                    column.addObject(value);
                }
            }
        }
        return batch;
    }

    /** @return every row as its id followed by its values (NULL as {@code null}, binary as {@link Hex}) */
    static List<List<Object>> rows(Batch batch) {
        List<List<Object>> rows = new ArrayList<>();
        for (int row = 0; row < batch.size(); row++) {
            List<Object> values = new ArrayList<>();
            values.add(batch.rowId(row));
            for (int c = 0; c < batch.width(); c++) {
                values.add(value(batch.column(c), row));
            }
            rows.add(values);
        }
        return rows;
    }

    /** @return the cell as a plain object: Long, Double, the stored object, {@link Hex}, or {@code null} */
    static Object value(Column column, int row) {
        if (column.isNull(row)) {
            return null;
        }
        return switch (column.type().storage()) {
            case LONG -> column.getLong(row);
            case DOUBLE -> column.getDouble(row);
            default -> column.getObject(row) instanceof byte[] bytes ? Hex.of(bytes) : column.getObject(row);
        };
    }

    /** @return one row as a list: its id, then its values */
    static List<Object> row(long rowId, Object... values) {
        List<Object> row = new ArrayList<>();
        row.add(rowId);
        for (Object value : values) {
            row.add(value instanceof byte[] bytes ? Hex.of(bytes) : value);
        }
        return row;
    }

    /**
     * Decodes the body from a heap buffer and from a direct one, checks that both give the same rows and that the
     * codec left the buffers' indexes alone, and releases the buffers.
     *
     * @return the batch decoded from the direct buffer
     */
    static Batch decode(BatchCodec codec, byte[] body, List<WireType> types) {
        ByteBuf heap = PooledByteBufAllocator.DEFAULT.heapBuffer(body.length + 3).writeZero(3).writeBytes(body);
        ByteBuf direct = PooledByteBufAllocator.DEFAULT.directBuffer(body.length).writeBytes(body);
        try {
            heap.readerIndex(3);
            Batch fromHeap = codec.decode(heap, types);
            Batch fromDirect = codec.decode(direct, types);
            assertThat(rows(fromHeap)).as("heap and direct decoding").isEqualTo(rows(fromDirect));
            assertThat(direct.readerIndex()).isZero();
            assertThat(direct.writerIndex()).isEqualTo(body.length);
            return fromDirect;
        } finally {
            heap.release();
            direct.release();
        }
    }

    /** Encodes the batch into a pooled buffer and returns its bytes; releases the buffer. */
    static byte[] encode(BatchCodec codec, Batch batch, List<WireType> types) {
        return encode(codec, batch, types, PooledByteBufAllocator.DEFAULT);
    }

    /** Encodes the batch with the allocator and returns its bytes; releases the buffer. */
    static byte[] encode(BatchCodec codec, Batch batch, List<WireType> types, ByteBufAllocator allocator) {
        ByteBuf out = codec.encode(batch, types, allocator);
        try {
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    /** @return the list of the types */
    static List<WireType> types(WireType... types) {
        return Arrays.asList(types);
    }
}
