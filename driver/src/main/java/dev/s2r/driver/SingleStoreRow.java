/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.codec.CodecContext;
import dev.s2r.driver.codec.Codecs;
import dev.s2r.driver.codec.DataTypes;
import dev.s2r.driver.message.server.ColumnDefinition;
import dev.s2r.driver.util.LengthEncoded;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCounted;
import io.r2dbc.spi.Row;

/**
 * A row that decodes its cells lazily, in place, from the packet it wraps: column offsets are found on first
 * access (sequential access walks the packet once) and values are produced only for the columns read.
 * <p>
 * Valid only while the mapping function that receives it runs; the result releases the packet afterwards.
 */
final class SingleStoreRow implements Row {

    private static final int NULL = -1;

    private final ReferenceCounted owner;
    private final ByteBuf buf;
    private final boolean binary;
    private final SingleStoreRowMetadata metadata;
    private final Codecs codecs;
    private final CodecContext context;
    private final int[] starts;
    private final int[] lengths;
    private int located;
    private int cursor;

    SingleStoreRow(ReferenceCounted owner, ByteBuf buf, boolean binary, SingleStoreRowMetadata metadata,
                   Codecs codecs, CodecContext context) {
        this.owner = owner;
        this.buf = buf;
        this.binary = binary;
        this.metadata = metadata;
        this.codecs = codecs;
        this.context = context;
        int count = metadata.size();
        this.starts = new int[count];
        this.lengths = new int[count];
        this.cursor = binary ? buf.readerIndex() + 1 + (count + 9) / 8 : buf.readerIndex();
    }

    void release() {
        this.owner.release();
    }

    @Override
    public SingleStoreRowMetadata getMetadata() {
        return this.metadata;
    }

    @Override
    public <T> T get(int index, Class<T> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        if (index < 0 || index >= this.starts.length) {
            throw new IndexOutOfBoundsException("Column index " + index + " is out of range [0, "
                + this.starts.length + ")");
        }
        locate(index);
        int length = this.lengths[index];
        if (length == NULL) {
            return null;
        }
        ColumnDefinition column = this.metadata.columns()[index];
        return this.codecs.decode(this.buf, this.starts[index], length, column, this.binary, type, this.context);
    }

    @Override
    public <T> T get(String name, Class<T> type) {
        return get(this.metadata.indexOf(name), type);
    }

    private void locate(int index) {
        while (this.located <= index) {
            if (this.binary) {
                locateBinary(this.located);
            } else {
                locateText(this.located);
            }
            this.located++;
        }
    }

    private void locateText(int column) {
        int first = this.buf.getUnsignedByte(this.cursor);
        if (first == LengthEncoded.NULL_MARKER) {
            this.lengths[column] = NULL;
            this.cursor++;
            return;
        }
        long length = LengthEncoded.getLength(this.buf, this.cursor);
        this.cursor += LengthEncoded.headerSize(first);
        store(column, length);
    }

    private void locateBinary(int column) {
        int bit = column + 2;
        int bitmap = this.buf.getUnsignedByte(this.buf.readerIndex() + 1 + bit / 8);
        if ((bitmap & (1 << (bit % 8))) != 0) {
            this.lengths[column] = NULL;
            return;
        }
        int fixed = DataTypes.binaryFixedLength(this.metadata.columns()[column].getType());
        if (fixed >= 0) {
            store(column, fixed);
            return;
        }
        int first = this.buf.getUnsignedByte(this.cursor);
        long length = LengthEncoded.getLength(this.buf, this.cursor);
        this.cursor += LengthEncoded.headerSize(first);
        store(column, length);
    }

    private void store(int column, long length) {
        if (length < 0 || this.cursor + length > this.buf.writerIndex()) {
            throw new IllegalStateException("Malformed row: column " + column + " claims " + length
                + " bytes beyond the end of the packet");
        }
        this.starts[column] = this.cursor;
        this.lengths[column] = (int) length;
        this.cursor += (int) length;
    }

    @Override
    public String toString() {
        return "SingleStoreRow{columns=" + this.starts.length + ", binary=" + this.binary + '}';
    }
}
