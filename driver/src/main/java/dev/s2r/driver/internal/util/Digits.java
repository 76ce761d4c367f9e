/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import io.netty.buffer.ByteBuf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Parses runs of ASCII digits eight at a time: one bounds-checked 8-byte read and a few multiplications (the
 * well-known SWAR technique) instead of a checked read and a multiply-add per character.
 */
public final class Digits {

    private static final long ZEROS = 0x3030303030303030L;
    private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;
    private static final long PLUS_SIX = 0x0606060606060606L;
    private static final long HUNDRED_MILLION = 100_000_000L;
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
        ByteOrder.LITTLE_ENDIAN);

    private Digits() {
    }

    /**
     * @param chars eight characters, little-endian (the first at the lowest byte)
     * @param mask  0xFF in each byte to check, 0 in the others
     * @return whether every selected byte is an ASCII digit
     */
    public static boolean allDigits(long chars, long mask) {
        long selected = chars & mask;
        return (selected & HIGH_NIBBLES) == (ZEROS & mask) && ((selected + (PLUS_SIX & mask)) & HIGH_NIBBLES)
            == (ZEROS & mask);
    }

    /**
     * @param chars eight characters, little-endian
     * @param at    the byte, 0 (the first character) to 7
     * @return the value of the digit there (not checked: see {@link #allDigits(long, long)})
     */
    public static int digitAt(long chars, int at) {
        return (int) (chars >>> (at * 8)) & 0x0F;
    }

    /**
     * @param buf    the buffer
     * @param start  the first digit
     * @param length how many digits, 1 to 18
     * @return their value, or -1 when a character is not a digit, the length is out of range, or the buffer has
     * fewer than 8 bytes (the caller then parses character by character)
     */
    public static long parse(ByteBuf buf, int start, int length) {
        if (length < 1 || length > 18) {
            return -1;
        }
        return length <= 8 ? eightOrFewer(buf, start, length)
            : join(parse(buf, start, length - 8), eightOrFewer(buf, start + length - 8, 8));
    }

    /**
     * @param data   the bytes
     * @param start  the first digit
     * @param length how many digits, 1 to 18
     * @return their value, or -1 when a character is not a digit, the length is out of range, or the array has
     * fewer than 8 bytes (the caller then parses character by character)
     */
    public static long parse(byte[] data, int start, int length) {
        if (length < 1 || length > 18) {
            return -1;
        }
        return length <= 8 ? eightOrFewer(data, start, length)
            : join(parse(data, start, length - 8), eightOrFewer(data, start + length - 8, 8));
    }

    /**
     * @param head the value of the leading digits (up to 10 of them), or -1
     * @param tail the value of the last eight digits, or -1
     * @return the value of all of them, or -1 when either part was not digits
     */
    private static long join(long head, long tail) {
        return head < 0 || tail < 0 ? -1 : head * HUNDRED_MILLION + tail;
    }

    /**
     * @return the value of {@code length} (1 to 8) digits at {@code start}, or -1
     */
    private static long eightOrFewer(ByteBuf buf, int start, int length) {
        int capacity = buf.capacity();
        if (capacity < 8) {
            return -1;
        }
        // an 8-byte window holding the field: from the field's start, or ending with the buffer
        int window = Math.min(start, capacity - 8);
        return inWindow(buf.getLongLE(window), start - window, length);
    }

    /**
     * @return the value of {@code length} (1 to 8) digits at {@code start}, or -1
     */
    private static long eightOrFewer(byte[] data, int start, int length) {
        if (data.length < 8) {
            return -1;
        }
        int window = Math.min(start, data.length - 8);
        return inWindow((long) LONG_LE.get(data, window), start - window, length);
    }

    /**
     * @param word   eight bytes, little-endian
     * @param offset where the digits start in it
     * @param length how many digits, 1 to 8 (and {@code offset + length <= 8})
     * @return their value, or -1
     */
    private static long inWindow(long word, int offset, int length) {
        // little-endian: the field's first character at the lowest byte, moved up so that the field fills the
        // high bytes and the low bytes are zero, like leading zeros
        long chars = (word >>> (offset * 8)) << ((8 - length) * 8);
        long mask = length == 8 ? -1L : -1L << ((8 - length) * 8);
        if ((chars & HIGH_NIBBLES & mask) != (ZEROS & mask)
            || ((chars + PLUS_SIX) & HIGH_NIBBLES & mask) != (ZEROS & mask)) {
            return -1;
        }
        long value = chars & 0x0F0F0F0F0F0F0F0FL;
        value = (value * 2561) >>> 8;
        value = ((value & 0x00FF00FF00FF00FFL) * 6553601) >>> 16;
        return ((value & 0x0000FFFF0000FFFFL) * 42949672960001L) >>> 32;
    }
}
