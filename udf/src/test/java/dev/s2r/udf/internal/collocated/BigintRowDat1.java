/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.format.BatchCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A ROWDAT_1 codec for integer columns only, for these tests: per row an int64 LE row id, then per column a null
 * flag byte and an 8-byte int64 LE payload, present even when NULL (python-sdk-services.md §2.8).
 */
final class BigintRowDat1 implements BatchCodec {

    static final BigintRowDat1 INSTANCE = new BigintRowDat1();

    @Override
    public Batch decode(ByteBuf body, List<WireType> types) {
        int rowSize = 8 + 9 * types.size();
        if (body.readableBytes() % rowSize != 0) {
            throw new MalformedBatchException(body.readableBytes() + " bytes is not a whole number of rows");
        }
        Batch batch = Batch.of(types, body.readableBytes() / rowSize);
        for (int at = body.readerIndex(); at < body.writerIndex(); at += rowSize) {
            batch.addRowId(body.getLongLE(at));
            for (int c = 0; c < types.size(); c++) {
                int field = at + 8 + 9 * c;
                if (body.getByte(field) != 0) {
                    batch.column(c).addNull();
                }
                else {
                    batch.column(c).addLong(body.getLongLE(field + 1));
                }
            }
        }
        return batch;
    }

    @Override
    public ByteBuf encode(Batch batch, List<WireType> types, ByteBufAllocator allocator) {
        ByteBuf body = allocator.buffer(batch.size() * (8 + 9 * types.size()));
        for (int row = 0; row < batch.size(); row++) {
            body.writeLongLE(batch.rowId(row));
            for (int c = 0; c < types.size(); c++) {
                Column column = batch.column(c);
                body.writeByte(column.isNull(row) ? 1 : 0);
                body.writeLongLE(column.isNull(row) ? 0 : column.getLong(row));
            }
        }
        return body;
    }

    /**
     * @param firstRowId the first row's id; the next rows count up from it
     * @param values one BIGINT column, {@code null} for NULL
     * @return the ROWDAT_1 rows
     */
    static byte[] rows(long firstRowId, Long... values) {
        ByteBuffer out = ByteBuffer.allocate(values.length * 17).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < values.length; i++) {
            out.putLong(firstRowId + i);
            out.put((byte) (values[i] == null ? 1 : 0));
            out.putLong(values[i] == null ? 0 : values[i]);
        }
        return out.array();
    }
}
