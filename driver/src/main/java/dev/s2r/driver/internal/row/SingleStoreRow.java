/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.codec.PrimitiveReads;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.util.LengthEncoded;
import dev.s2r.driver.internal.util.NumberText;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCounted;

/**
 * A row that decodes its cells lazily, in place, from the packet it wraps: column offsets are found on first
 * access (sequential access walks the packet once) and values are produced only for the columns read.
 * <p>
 * Valid only while the mapping function that receives it runs; the result releases the packet afterwards.
 */
public final class SingleStoreRow implements dev.s2r.driver.api.SingleStoreRow {

    private static final int NULL = -1;

    private final ReferenceCounted owner;
    private final ByteBuf buf;
    private final boolean binary;
    private final SingleStoreRowMetadata metadata;
    private final Codecs codecs;
    private final CodecContext context;
    /** Per located column: its start at {@code 2 * index}, its length (or {@code NULL}) at {@code 2 * index + 1}. */
    private final int[] fields;
    private final int start;
    private final int end;
    private int located;
    private int cursor;
    /** Set when a row without an owner (its bytes lent for the duration of the mapping function) is released. */
    private boolean released;

    public SingleStoreRow(RowMessage row, SingleStoreRowMetadata metadata, Codecs codecs, CodecContext context) {
        this(row, row.cells(), row.cellsStart(), row.cellsEnd(), row.isBinary(), metadata, codecs, context);
    }

    public SingleStoreRow(ReferenceCounted owner, ByteBuf buf, boolean binary, SingleStoreRowMetadata metadata,
                   Codecs codecs, CodecContext context) {
        this(owner, buf, buf.readerIndex(), buf.writerIndex(), binary, metadata, codecs, context);
    }

    public SingleStoreRow(ReferenceCounted owner, ByteBuf buf, int start, int end, boolean binary,
                   SingleStoreRowMetadata metadata, Codecs codecs, CodecContext context) {
        this.owner = owner;
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.binary = binary;
        this.metadata = metadata;
        this.codecs = codecs;
        this.context = context;
        int count = metadata.size();
        this.fields = new int[2 * count];
        this.cursor = binary ? start + 1 + (count + 9) / 8 : start;
    }

    /**
     * A row whose bytes are only lent to it (a row taken in place from the socket buffer, valid while the mapping
     * function runs): it owns nothing, and reading it after {@link #release()} fails.
     */
    public static SingleStoreRow lent(ByteBuf buf, int start, int end, boolean binary, SingleStoreRowMetadata metadata,
                               Codecs codecs, CodecContext context) {
        return new SingleStoreRow(null, buf, start, end, binary, metadata, codecs, context);
    }

    public void release() {
        if (this.owner != null) {
            this.owner.release();
        } else {
            this.released = true;
        }
    }

    @Override
    public SingleStoreRowMetadata getMetadata() {
        return this.metadata;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(int index, Class<T> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        checkIndex(index);
        locate(index);
        int length = this.fields[2 * index + 1];
        if (length == NULL) {
            return null;
        }
        return (T) this.metadata.decoder(index, type).decode(this.buf, this.fields[2 * index], length, this.binary,
            this.context);
    }

    @Override
    public <T> T get(String name, Class<T> type) {
        return get(this.metadata.indexOf(name), type);
    }

    @Override
    public boolean isNull(int index) {
        checkIndex(index);
        locate(index);
        return this.fields[2 * index + 1] == NULL;
    }

    @Override
    public long getLong(int index) {
        if (isNull(index)) {
            return 0L;
        }
        ColumnDefinition column = this.metadata.columns()[index];
        int start = this.fields[2 * index];
        if (this.binary) {
            switch (column.getType()) {
                case DataTypes.LONGLONG:
                    long value = this.buf.getLongLE(start);
                    if (column.isUnsigned() && value < 0) {
                        throw new IllegalArgumentException("Value of column '" + column.getName()
                            + "' is above Long.MAX_VALUE; read it as BigInteger");
                    }
                    return value;
                case DataTypes.LONG:
                case DataTypes.INT24:
                    return column.isUnsigned() ? this.buf.getUnsignedIntLE(start) : this.buf.getIntLE(start);
                case DataTypes.SHORT:
                case DataTypes.YEAR:
                    return column.isUnsigned() ? this.buf.getUnsignedShortLE(start) : this.buf.getShortLE(start);
                case DataTypes.TINY:
                    return column.isUnsigned() ? this.buf.getUnsignedByte(start) : this.buf.getByte(start);
                default:
                    return boxed(index, Long.class);
            }
        }
        if (isTextInteger(column.getType())) {
            return parseTextLong(column, start, this.fields[2 * index + 1]);
        }
        return boxed(index, Long.class);
    }

    @Override
    public int getInt(int index) {
        long value = getLong(index);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Value " + value + " of column '"
                + this.metadata.columns()[index].getName() + "' does not fit an int");
        }
        return (int) value;
    }

    @Override
    public double getDouble(int index) {
        if (isNull(index)) {
            return 0d;
        }
        ColumnDefinition column = this.metadata.columns()[index];
        if (column.getType() == DataTypes.DOUBLE) {
            int start = this.fields[2 * index];
            return this.binary ? this.buf.getDoubleLE(start)
                : PrimitiveReads.textDouble(this.buf, start, this.fields[2 * index + 1], column);
        }
        return boxed(index, Double.class);
    }

    @SuppressWarnings("unchecked")
    private <T> T boxed(int index, Class<T> type) {
        return (T) this.metadata.decoder(index, type).decode(this.buf, this.fields[2 * index],
            this.fields[2 * index + 1], this.binary, this.context);
    }

    private static boolean isTextInteger(int type) {
        return type == DataTypes.LONGLONG || type == DataTypes.LONG || type == DataTypes.INT24
            || type == DataTypes.SHORT || type == DataTypes.TINY || type == DataTypes.YEAR;
    }

    /**
     * A text integer as {@link NumberText#parseLong} reads it; whatever it leaves (a value beyond a signed
     * {@code long}, or a text that is not an integer) is decoded by the column's codec, which says why it fails.
     */
    private long parseTextLong(ColumnDefinition column, int start, int length) {
        long value = NumberText.parseLong(this.buf, start, length, false);
        return value != NumberText.UNPARSED ? value : boxed(indexOf(column), Long.class);
    }

    private int indexOf(ColumnDefinition column) {
        ColumnDefinition[] columns = this.metadata.columns();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == column) {
                return i;
            }
        }
        throw new IllegalStateException("column not in this row");
    }

    /** Checks the index, and that the packet is still held: its bytes may be read through a window that cannot tell. */
    private void checkIndex(int index) {
        if (this.owner != null ? this.owner.refCnt() == 0 : this.released) {
            throw new IllegalStateException("The row was already released: read it inside the function that "
                + "receives it");
        }
        if (index < 0 || index >= this.fields.length / 2) {
            throw new IndexOutOfBoundsException("Column index " + index + " is out of range [0, "
                + this.fields.length / 2 + ")");
        }
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
            this.fields[2 * column + 1] = NULL;
            this.cursor++;
            return;
        }
        if (first < LengthEncoded.NULL_MARKER) {
            this.cursor++;
            store(column, first);
            return;
        }
        long length = LengthEncoded.getLength(this.buf, this.cursor);
        this.cursor += LengthEncoded.headerSize(first);
        store(column, length);
    }

    private void locateBinary(int column) {
        int bit = column + 2;
        int bitmap = this.buf.getUnsignedByte(this.start + 1 + bit / 8);
        if ((bitmap & (1 << (bit % 8))) != 0) {
            this.fields[2 * column + 1] = NULL;
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
        if (length < 0 || this.cursor + length > this.end) {
            throw new IllegalStateException("Malformed row: column " + column + " claims " + length
                + " bytes beyond the end of the packet");
        }
        this.fields[2 * column] = this.cursor;
        this.fields[2 * column + 1] = (int) length;
        this.cursor += (int) length;
    }

    @Override
    public String toString() {
        return "SingleStoreRow{columns=" + this.fields.length / 2 + ", binary=" + this.binary + '}';
    }
}
