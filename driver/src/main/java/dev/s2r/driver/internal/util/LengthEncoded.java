/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * Length-encoded integers and strings of the MySQL protocol ({@code int<lenenc>}, {@code string<lenenc>}).
 */
public final class LengthEncoded {

    /** The first byte of a length-encoded field that stands for SQL {@code NULL} in a text row. */
    public static final int NULL_MARKER = 0xFB;

    private LengthEncoded() {
    }

    /**
     * Reads a length-encoded integer at the reader index and advances it.
     *
     * @param buf the buffer
     * @return the value (an 8-byte value above {@code Long.MAX_VALUE} comes back negative)
     */
    public static long readLength(ByteBuf buf) {
        int first = buf.readUnsignedByte();
        switch (first) {
            case 0xFC:
                return buf.readUnsignedShortLE();
            case 0xFD:
                return buf.readUnsignedMediumLE();
            case 0xFE:
                return buf.readLongLE();
            default:
                return first;
        }
    }

    /**
     * @param first the first byte of a length-encoded integer
     * @return how many bytes the integer's header takes, including {@code first}
     */
    public static int headerSize(int first) {
        switch (first) {
            case 0xFC:
                return 3;
            case 0xFD:
                return 4;
            case 0xFE:
                return 9;
            default:
                return 1;
        }
    }

    /**
     * Reads a length-encoded integer at an absolute index without moving the reader index.
     *
     * @param buf   the buffer
     * @param index the index of the first byte
     * @return the value
     */
    public static long getLength(ByteBuf buf, int index) {
        int first = buf.getUnsignedByte(index);
        switch (first) {
            case 0xFC:
                return buf.getUnsignedShortLE(index + 1);
            case 0xFD:
                return buf.getUnsignedMediumLE(index + 1);
            case 0xFE:
                return buf.getLongLE(index + 1);
            default:
                return first;
        }
    }

    /**
     * Reads a length-encoded UTF-8 string and advances the reader index.
     *
     * @param buf the buffer
     * @return the string
     */
    public static String readString(ByteBuf buf) {
        int length = (int) readLength(buf);
        String value = buf.toString(buf.readerIndex(), length, StandardCharsets.UTF_8);
        buf.skipBytes(length);
        return value;
    }

    /**
     * Writes a length-encoded integer.
     *
     * @param buf   the buffer
     * @param value the value (non-negative)
     */
    public static void writeLength(ByteBuf buf, long value) {
        if (value < 251) {
            buf.writeByte((int) value);
        } else if (value < 0x10000) {
            buf.writeByte(0xFC);
            buf.writeShortLE((int) value);
        } else if (value < 0x1000000) {
            buf.writeByte(0xFD);
            buf.writeMediumLE((int) value);
        } else {
            buf.writeByte(0xFE);
            buf.writeLongLE(value);
        }
    }

    /**
     * @param value a length
     * @return how many bytes {@link #writeLength} writes for it
     */
    public static int sizeOf(long value) {
        if (value < 251) {
            return 1;
        }
        if (value < (1 << 16)) {
            return 3;
        }
        if (value < (1 << 24)) {
            return 4;
        }
        return 9;
    }

    /**
     * Writes bytes prefixed by their length-encoded length.
     *
     * @param buf   the buffer
     * @param bytes the bytes
     */
    public static void writeBytes(ByteBuf buf, byte[] bytes) {
        writeLength(buf, bytes.length);
        buf.writeBytes(bytes);
    }

    /**
     * Writes a string as length-encoded UTF-8.
     *
     * @param buf   the buffer
     * @param value the string
     */
    public static void writeString(ByteBuf buf, CharSequence value) {
        int length = io.netty.buffer.ByteBufUtil.utf8Bytes(value);
        writeLength(buf, length);
        buf.writeCharSequence(value, StandardCharsets.UTF_8);
    }

    /**
     * Reads a NUL-terminated UTF-8 string and advances past the NUL.
     *
     * @param buf the buffer
     * @return the string
     */
    public static String readNulTerminated(ByteBuf buf) {
        int end = buf.indexOf(buf.readerIndex(), buf.writerIndex(), (byte) 0);
        if (end < 0) {
            end = buf.writerIndex();
        }
        String value = buf.toString(buf.readerIndex(), end - buf.readerIndex(), StandardCharsets.UTF_8);
        buf.readerIndex(Math.min(end + 1, buf.writerIndex()));
        return value;
    }
}
