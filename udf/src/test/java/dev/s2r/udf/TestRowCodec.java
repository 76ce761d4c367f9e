/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.format.BatchCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;

import java.nio.ByteOrder;
import java.util.List;

/**
 * A test-only codec of the ROWDAT_1 layout restricted to 8-byte integer columns (python-sdk-services.md §2.8: per
 * row an int64 row id, then per column a null byte and an int64, little-endian): enough to drive the server
 * without the real codecs.
 */
public final class TestRowCodec implements BatchCodec {

    /** The one instance. */
    public static final TestRowCodec INSTANCE = new TestRowCodec();

    private TestRowCodec() {
    }

    @Override
    public Batch decode(ByteBuf body, List<WireType> types) {
        int rowBytes = 8 + 9 * types.size();
        if (body.readableBytes() % rowBytes != 0) {
            throw new MalformedBatchException("body of " + body.readableBytes() + " bytes is not whole rows of "
                + rowBytes + " bytes");
        }
        int rows = body.readableBytes() / rowBytes;
        Batch batch = Batch.of(types, rows);
        int at = body.readerIndex();
        for (int row = 0; row < rows; row++) {
            batch.addRowId(body.getLongLE(at));
            at += 8;
            for (int c = 0; c < types.size(); c++) {
                Column column = batch.column(c);
                if (body.getByte(at) != 0) {
                    column.addNull();
                } else {
                    column.addLong(body.getLongLE(at + 1));
                }
                at += 9;
            }
        }
        return batch;
    }

    @Override
    public ByteBuf encode(Batch batch, List<WireType> types, ByteBufAllocator allocator) {
        ByteBuf out = allocator.buffer(batch.size() * (8 + 9 * types.size()));
        for (int row = 0; row < batch.size(); row++) {
            out.writeLongLE(batch.rowId(row));
            for (int c = 0; c < types.size(); c++) {
                Column column = batch.column(c);
                out.writeByte(column.isNull(row) ? 1 : 0);
                out.writeLongLE(column.isNull(row) ? 0 : column.getLong(row));
            }
        }
        return out;
    }

    /**
     * @param rowIdAndValues per row, the row id then one value per column
     * @return the body
     */
    public static byte[] rows(long[]... rowIdAndValues) {
        ByteBuf out = Unpooled.buffer().order(ByteOrder.LITTLE_ENDIAN);
        try {
            for (long[] row : rowIdAndValues) {
                out.writeLongLE(row[0]);
                for (int i = 1; i < row.length; i++) {
                    out.writeByte(0);
                    out.writeLongLE(row[i]);
                }
            }
            byte[] bytes = new byte[out.readableBytes()];
            out.readBytes(bytes);
            return bytes;
        } finally {
            out.release();
        }
    }
}
