/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * ROWDAT_1 (python-sdk-services.md §2.8; python-sdk-audit.md "Top findings" 1; singlestore-server.md §3.2): rows one
 * after another with no header, each an int64 LE row id and then, per column, a null byte (1 = NULL) and a payload
 * that is always there. Every integer type and BOOL is an 8-byte int64 (UINT* a uint64), FLOAT32 and FLOAT64 an
 * 8-byte double, STRING, JSON, BINARY and DECIMAL an int64 LE length and that many bytes (UTF-8 text; DECIMAL its
 * plain text, {@code 12.34}), DATE the int64 {@code yyyymmdd}, TIME the int64
 * {@code sign*((hh*10000+mm*100+ss)*1_000_000+micros)}, DATETIME an int64 bit-packed from micros (low 20 bits) up to
 * the year (see {@link Temporals}).
 * <p>
 * Decoding reads a NULL's payload and ignores it, and refuses with a {@link MalformedBatchException}: a truncated row,
 * a null byte other than 0 or 1, a negative length or one beyond the body, text that is not UTF-8, a DECIMAL that is
 * not a number, and a DATE, TIME or DATETIME code that names no value. BOOL reads and writes any non-zero value as 1. No buffer
 * is sized from a length before that length is checked against the bytes left. Encoding writes NULL as 0, NaN or an
 * empty length; a value the format cannot carry (a year beyond 9999, a string with a lone surrogate, an object of
 * the wrong class) fails with an {@link IllegalArgumentException} naming its row and column.
 */
final class RowDat1Codec implements BatchCodec {

    /** The bytes of one fixed-width cell: a null byte and an 8-byte payload. */
    private static final int CELL = 9;
    private static final int ROW_ID = 8;
    private static final int MAX_INITIAL_ROWS = 1 << 16;
    /** A guess at a DECIMAL's text length, to size a response; the buffer grows past it. */
    private static final int DECIMAL_GUESS = 24;

    @Override
    public Batch decode(ByteBuf body, List<WireType> types) {
        WireType[] columns = types.toArray(new WireType[0]);
        int start = body.readerIndex();
        int end = body.writerIndex();
        int minRow = ROW_ID + CELL * columns.length;
        if (primitive(columns) && (end - start) % minRow == 0) {
            return decodeFixed(body.nioBuffer(start, end - start).order(ByteOrder.LITTLE_ENDIAN), types, columns);
        }
        Batch batch = Batch.of(types, Math.max(1, Math.min((end - start) / minRow, MAX_INITIAL_ROWS)));
        int position = start;
        int row = 0;
        while (position < end) {
            if (end - position < ROW_ID) {
                throw truncated(row, -1, columns, position - start, ROW_ID, end - position);
            }
            batch.addRowId(body.getLongLE(position));
            position += ROW_ID;
            for (int c = 0; c < columns.length; c++) {
                if (end - position < CELL) {
                    throw truncated(row, c, columns, position - start, CELL, end - position);
                }
                byte flag = body.getByte(position);
                if (flag != 0 && flag != 1) {
                    throw malformed(row, c, columns, position - start, "null byte " + flag + " is neither 0 nor 1");
                }
                long word = body.getLongLE(position + 1);
                position += CELL;
                Column column = batch.column(c);
                if (columns[c].storage() == WireType.Storage.LONG) {
                    if (flag != 0) {
                        column.addNull();
                    } else {
                        column.addLong(columns[c] == WireType.BOOL && word != 0 ? 1 : word);
                    }
                } else if (columns[c].storage() == WireType.Storage.DOUBLE) {
                    if (flag != 0) {
                        column.addNull();
                    } else {
                        column.addDouble(Double.longBitsToDouble(word));
                    }
                } else {
                    position += decodeObject(body, column, flag != 0, word, position, end, row, c, columns, start);
                }
            }
            row++;
        }
        return batch;
    }

    /**
     * Decodes rows of integers and doubles only, whose widths are fixed and which the body holds a whole number of:
     * column by column, with no bounds to check past the first.
     */
    private static Batch decodeFixed(ByteBuffer body, List<WireType> types, WireType[] columns) {
        int width = ROW_ID + CELL * columns.length;
        int rows = body.remaining() / width;
        Batch batch = Batch.of(types, rows);
        for (int row = 0; row < rows; row++) {
            batch.addRowId(body.getLong(row * width));
        }
        for (int c = 0; c < columns.length; c++) {
            Column column = batch.column(c);
            boolean isLong = columns[c].storage() == WireType.Storage.LONG;
            boolean isBool = columns[c] == WireType.BOOL;
            for (int row = 0, position = ROW_ID + CELL * c; row < rows; row++, position += width) {
                byte flag = body.get(position);
                long word = body.getLong(position + 1);
                if (flag == 1) {
                    column.addNull();
                } else if (flag != 0) {
                    throw malformed(row, c, columns, position, "null byte " + flag + " is neither 0 nor 1");
                } else if (isLong) {
                    column.addLong(isBool && word != 0 ? 1 : word);
                } else {
                    column.addDouble(Double.longBitsToDouble(word));
                }
            }
        }
        return batch;
    }

    /** @return whether every column is an integer or a double, 9 bytes a cell */
    private static boolean primitive(WireType[] columns) {
        for (WireType column : columns) {
            if (column.storage() == WireType.Storage.OBJECT) {
                return false;
            }
        }
        return true;
    }

    /** Adds one OBJECT cell whose null byte and 8-byte word were read; returns how many more bytes it took. */
    private static int decodeObject(ByteBuf body, Column column, boolean isNull, long word, int position, int end,
        int row, int c, WireType[] columns, int start) {
        WireType type = columns[c];
        int length = 0;
        if (type == WireType.STRING || type == WireType.JSON || type == WireType.BINARY || type == WireType.DECIMAL) {
            if (word < 0 || word > end - position) {
                throw malformed(row, c, columns, position - CELL - start, word < 0 ? "negative length " + word
                    : "length " + Long.toUnsignedString(word) + " runs past the " + (end - position) + " bytes left");
            }
            length = (int) word;
        }
        if (isNull) {
            column.addNull();
            return length;
        }
        try {
            column.addObject(switch (type) {
                case STRING, JSON -> text(body, position, length, row, c, columns, start);
                case BINARY -> {
                    byte[] bytes = new byte[length];
                    body.getBytes(position, bytes);
                    yield bytes;
                }
                case DECIMAL -> Decimals.parse(body.toString(position, length, StandardCharsets.ISO_8859_1));
                case DATE -> Temporals.unpackDate(word);
                case TIME -> Temporals.unpackTime(word);
                case DATETIME -> Temporals.unpackDateTime(word);
                default -> throw new IllegalStateException(type + " is not kept as objects");
            });
        } catch (IllegalArgumentException e) {
            throw malformed(row, c, columns, position - CELL - start, e.getMessage());
        }
        return length;
    }

    private static String text(ByteBuf body, int position, int length, int row, int c, WireType[] columns,
        int start) {
        String text = Utf8.decode(body, position, length);
        if (text == null) {
            throw malformed(row, c, columns, position - CELL - start, "the " + length + " bytes are not UTF-8");
        }
        return text;
    }

    private static MalformedBatchException truncated(int row, int c, WireType[] columns, int offset, int needed,
        int left) {
        String what = c < 0 ? "its row id" : "column " + c + " (" + columns[c] + ")";
        return new MalformedBatchException("ROWDAT_1 body is truncated: row " + row + " at byte " + offset + " needs "
            + needed + " bytes for " + what + ", " + left + " left");
    }

    private static MalformedBatchException malformed(int row, int c, WireType[] columns, int offset, String what) {
        return new MalformedBatchException("ROWDAT_1 row " + row + ", column " + c + " (" + columns[c] + ") at byte "
            + offset + ": " + what);
    }

    @Override
    public ByteBuf encode(Batch batch, List<WireType> types, ByteBufAllocator allocator) {
        WireType[] columns = types.toArray(new WireType[0]);
        if (batch.width() != columns.length) {
            throw new IllegalArgumentException("the batch has " + batch.width() + " columns, not " + columns.length);
        }
        int size = size(batch, columns);
        ByteBuf out = allocator.buffer(size);
        if (primitive(columns)) {
            encodeFixed(out.nioBuffer(0, size).order(ByteOrder.LITTLE_ENDIAN), batch, columns);
            return out.writerIndex(size);
        }
        int row = 0;
        int c = 0;
        boolean done = false;
        try {
            int rows = batch.size();
            long[] rowIds = batch.rowIds();
            for (; row < rows; row++) {
                out.writeLongLE(rowIds[row]);
                for (c = 0; c < columns.length; c++) {
                    encodeCell(out, batch.column(c), columns[c], row);
                }
            }
            done = true;
            return out;
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException("ROWDAT_1 cannot carry row " + row + ", column " + c + " ("
                + columns[c] + "): " + e.getMessage(), e);
        } finally {
            if (!done) {
                out.release();
            }
        }
    }

    /** Encodes rows of integers and doubles only into a buffer of exactly their size. */
    private static void encodeFixed(ByteBuffer out, Batch batch, WireType[] columns) {
        int width = ROW_ID + CELL * columns.length;
        int rows = batch.size();
        long[] rowIds = batch.rowIds();
        for (int row = 0; row < rows; row++) {
            out.putLong(row * width, rowIds[row]);
        }
        for (int c = 0; c < columns.length; c++) {
            Column column = batch.column(c);
            boolean[] nulls = column.nulls();
            boolean isLong = columns[c].storage() == WireType.Storage.LONG;
            boolean isBool = columns[c] == WireType.BOOL;
            long[] longs = column.longs();
            double[] doubles = column.doubles();
            for (int row = 0, position = ROW_ID + CELL * c; row < rows; row++, position += width) {
                boolean isNull = nulls[row];
                out.put(position, (byte) (isNull ? 1 : 0));
                long word;
                if (isLong) {
                    word = isNull ? 0 : isBool && longs[row] != 0 ? 1 : longs[row];
                } else {
                    word = Double.doubleToRawLongBits(isNull ? Double.NaN : doubles[row]);
                }
                out.putLong(position + 1, word);
            }
        }
    }

    private static void encodeCell(ByteBuf out, Column column, WireType type, int row) {
        boolean isNull = column.isNull(row);
        out.writeByte(isNull ? 1 : 0);
        switch (type.storage()) {
            case LONG -> out.writeLongLE(isNull ? 0 : type == WireType.BOOL && column.getLong(row) != 0 ? 1
                : column.getLong(row));
            case DOUBLE -> out.writeLongLE(Double.doubleToRawLongBits(isNull ? Double.NaN : column.getDouble(row)));
            default -> {
                if (isNull) {
                    out.writeLongLE(0);
                } else {
                    encodeObject(out, type, column.getObject(row));
                }
            }
        }
    }

    private static void encodeObject(ByteBuf out, WireType type, Object value) {
        switch (type) {
            case STRING, JSON -> {
                CharSequence text = (CharSequence) value;
                int surrogate = Utf8.loneSurrogate(text);
                if (surrogate >= 0) {
                    throw new IllegalArgumentException("the text has a lone surrogate at index " + surrogate);
                }
                int lengthIndex = out.writerIndex();
                out.writeLongLE(0);
                out.setLongLE(lengthIndex, ByteBufUtil.writeUtf8(out, text));
            }
            case BINARY -> {
                byte[] bytes = (byte[]) value;
                out.writeLongLE(bytes.length);
                out.writeBytes(bytes);
            }
            case DECIMAL -> {
                String text = ((BigDecimal) value).toPlainString();
                out.writeLongLE(text.length());
                out.writeCharSequence(text, StandardCharsets.US_ASCII);
            }
            case DATE -> out.writeLongLE(Temporals.packDate((LocalDate) value));
            case TIME -> out.writeLongLE(Temporals.packTime((Duration) value));
            case DATETIME -> out.writeLongLE(Temporals.packDateTime((LocalDateTime) value));
            default -> throw new IllegalStateException(type + " is not kept as objects");
        }
    }

    /** The response's size: exact when every column is fixed-width, else a guess from the values' lengths. */
    private static int size(Batch batch, WireType[] columns) {
        int rows = batch.size();
        long size = (long) rows * (ROW_ID + (long) CELL * columns.length);
        for (int c = 0; c < columns.length; c++) {
            WireType type = columns[c];
            if (type != WireType.STRING && type != WireType.JSON && type != WireType.BINARY
                && type != WireType.DECIMAL) {
                continue;
            }
            Object[] values = batch.column(c).objects();
            for (int row = 0; row < rows; row++) {
                Object value = values[row];
                if (value instanceof CharSequence text) {
                    size += text.length();
                } else if (value instanceof byte[] bytes) {
                    size += bytes.length;
                } else if (value != null) {
                    size += DECIMAL_GUESS;
                }
            }
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a ROWDAT_1 response of " + size + " bytes exceeds 2 GiB");
        }
        return (int) size;
    }
}
