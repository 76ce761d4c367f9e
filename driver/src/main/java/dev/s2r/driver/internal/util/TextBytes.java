/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import io.netty.buffer.ByteBuf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The reads the text parsers of this package make, from either place the driver holds a field's text: a
 * {@link ByteBuf} (the codecs, which read a row where it lies) or a {@code byte[]} (the Arrow batcher's copy of a
 * row). Each parser ({@link NumberText}, {@link DateTimeText}, {@link TimeText}) is written once over an
 * {@code Object} that is one or the other, behind one public entry point per form.
 * <p>
 * Cost: the type test is decided at compile time wherever the JIT inlines a parser into its typed entry point (the
 * small fast forms are), so that an array read stays a plain array read and a buffer read the same call as before;
 * where it does not inline, it is one predictable class comparison. No call is added to a buffer read.
 * <p>
 * A buffer backed by an array (the heap rows of the Data API transport) is read as that array: each public entry
 * point taking a {@link ByteBuf} passes {@code buf.array()} and indices moved by {@code buf.arrayOffset()} when
 * {@code buf.hasArray()}, so that its reads skip the buffer's per-read index and liveness checks.
 */
final class TextBytes {

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
        ByteOrder.LITTLE_ENDIAN);

    private TextBytes() {
    }

    /**
     * @param text  a {@code byte[]} or a {@link ByteBuf}
     * @param index the index of the byte
     * @return the byte, signed (as {@code data[index]} or {@code buf.getByte(index)})
     */
    static int at(Object text, int index) {
        return text instanceof byte[] ? ((byte[]) text)[index] : ((ByteBuf) text).getByte(index);
    }

    /**
     * @param text  a {@code byte[]} or a {@link ByteBuf}
     * @param index the index of the first of eight bytes, all within the array or the buffer's capacity
     * @return the eight bytes, little-endian (the first at the lowest byte)
     */
    static long longLE(Object text, int index) {
        return text instanceof byte[] ? (long) LONG_LE.get((byte[]) text, index) : ((ByteBuf) text).getLongLE(index);
    }

    /**
     * @param text   a {@code byte[]} or a {@link ByteBuf}
     * @param start  the first digit
     * @param length how many digits
     * @return what {@link Digits#parse} says of them: their value, or -1
     */
    static long digits(Object text, int start, int length) {
        return text instanceof byte[] ? Digits.parse((byte[]) text, start, length)
            : Digits.parse((ByteBuf) text, start, length);
    }

    /**
     * @param text  a {@code byte[]} or a {@link ByteBuf}
     * @param from  the first index searched
     * @param to    the end of the search, exclusive ({@code from <= to})
     * @param value the byte looked for
     * @return the index of its first occurrence, or -1
     */
    static int indexOf(Object text, int from, int to, byte value) {
        if (!(text instanceof byte[])) {
            return ((ByteBuf) text).indexOf(from, to, value);
        }
        byte[] data = (byte[]) text;
        for (int i = from; i < to; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
