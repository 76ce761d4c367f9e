/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import io.netty.buffer.ByteBuf;

/**
 * The readers of the numbers of the text protocol (integers, and the plain decimals of DECIMAL and DOUBLE), shared by
 * the row codecs (a {@link ByteBuf}) and the Arrow columns (a {@code byte[]}); runs of up to 18 digits are read
 * eight at a time by {@link Digits}. They allocate nothing and throw nothing: a text they do not read is answered
 * with {@link #UNPARSED} (or NaN), and the caller then hands it to the JDK's parser and reports a malformed value in
 * its own words.
 */
public final class NumberText {

    /** What {@link #parseLong} and {@link #unscaled} answer for a text they leave to the caller. */
    public static final long UNPARSED = Long.MIN_VALUE;

    /** Digits that always fit a {@code long}. */
    private static final int MAX_DIGITS = 18;
    /** Integers of up to 15 digits, and powers of ten up to 10^15, are exact doubles. */
    private static final int MAX_EXACT_DIGITS = 15;
    private static final long EXACT_LIMIT = 1_000_000_000_000_000L;
    private static final long E18 = 1_000_000_000_000_000_000L;
    /** 10^0 to 10^18. */
    private static final long[] POWERS = new long[MAX_DIGITS + 1];
    /** 10^0 to 10^15. */
    private static final double[] DOUBLE_POWERS = new double[MAX_EXACT_DIGITS + 1];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
        DOUBLE_POWERS[0] = 1;
        for (int i = 1; i < DOUBLE_POWERS.length; i++) {
            DOUBLE_POWERS[i] = DOUBLE_POWERS[i - 1] * 10;
        }
    }

    private NumberText() {
    }

    /**
     * Reads a decimal integer, {@code [+-]digits} with 1 to 20 digits.
     *
     * @param buf      the buffer holding the text
     * @param index    the index of its first byte
     * @param length   its length
     * @param unsigned whether the column is a 64-bit unsigned one: values up to 2^64 - 1 are then read, as their 64
     *                 bits (above {@link Long#MAX_VALUE} they come back negative)
     * @return the value; {@link #UNPARSED} for any other text, a value beyond the range, a buffer under 8 bytes, and
     * for -2^63 and 2^63 themselves (the JDK's parsers read these)
     */
    public static long parseLong(ByteBuf buf, int index, int length, boolean unsigned) {
        return buf.hasArray() ? parseLong(buf.array(), buf.arrayOffset() + index, length, unsigned)
            : parseLong((Object) buf, index, length, unsigned);
    }

    /**
     * {@link #parseLong(ByteBuf, int, int, boolean)} over an array.
     *
     * @param data     the array holding the text
     * @param index    the index of its first byte
     * @param length   its length
     * @param unsigned whether the column is a 64-bit unsigned one
     * @return the value, or {@link #UNPARSED}
     */
    public static long parseLong(byte[] data, int index, int length, boolean unsigned) {
        return parseLong((Object) data, index, length, unsigned);
    }

    private static long parseLong(Object text, int index, int length, boolean unsigned) {
        int end = index + length;
        int first = index;
        boolean negative = false;
        if (length > 0) {
            int sign = TextBytes.at(text, index);
            if (sign == '-' || sign == '+') {
                negative = sign == '-';
                first++;
            }
        }
        int digits = end - first;
        if (digits <= MAX_DIGITS) {
            long value = TextBytes.digits(text, first, digits);
            return value < 0 ? UNPARSED : negative ? -value : value;
        }
        return digits <= MAX_DIGITS + 2 ? wide(text, first, digits, negative, unsigned) : UNPARSED;
    }

    /** An integer of 19 or 20 digits: the leading one or two and the eighteen others, each read by {@link Digits}. */
    private static long wide(Object text, int first, int digits, boolean negative, boolean unsigned) {
        long head = TextBytes.digits(text, first, digits - MAX_DIGITS);
        long tail = TextBytes.digits(text, first + digits - MAX_DIGITS, MAX_DIGITS);
        if ((head | tail) < 0) {
            return UNPARSED;
        }
        if (unsigned) {
            // up to 18446744073709551615, the sum wrapping to the value's 64 bits
            return negative || head > 18 || head == 18 && tail > 446_744_073_709_551_615L ? UNPARSED
                : head * E18 + tail;
        }
        // up to 9223372036854775807 either way: -9223372036854775808 is UNPARSED itself
        if (head > 9 || head == 9 && tail > 223_372_036_854_775_807L) {
            return UNPARSED;
        }
        long value = head * E18 + tail;
        return negative ? -value : value;
    }

    /**
     * Reads a plain decimal, {@code [-]digits[.digits]} (digits may be left out on one side of the point, not on
     * both), as an unscaled value: the value times 10^{@code scale}. The server's own form, with exactly
     * {@code scale} digits after the point, is read with two {@link Digits} reads.
     *
     * @param buf    the buffer holding the text
     * @param index  the index of its first byte
     * @param length its length
     * @param scale  the scale of the unscaled value, 0 to 18
     * @return the unscaled value; {@link #UNPARSED} when the text is not such a decimal, has more than {@code scale}
     * digits after the point, or more than 18 digits at that scale
     */
    public static long unscaled(ByteBuf buf, int index, int length, int scale) {
        return buf.hasArray() ? unscaled(buf.array(), buf.arrayOffset() + index, length, scale)
            : unscaled((Object) buf, index, length, scale);
    }

    /**
     * {@link #unscaled(ByteBuf, int, int, int)} over an array.
     *
     * @param data   the array holding the text
     * @param index  the index of its first byte
     * @param length its length
     * @param scale  the scale of the unscaled value, 0 to 18
     * @return the unscaled value, or {@link #UNPARSED}
     */
    public static long unscaled(byte[] data, int index, int length, int scale) {
        return unscaled((Object) data, index, length, scale);
    }

    private static long unscaled(Object text, int index, int length, int scale) {
        // at most 18 digits, a sign and a point
        if (scale < 0 || scale > MAX_DIGITS || length > MAX_DIGITS + 2) {
            return UNPARSED;
        }
        int end = index + length;
        boolean negative = length > 0 && TextBytes.at(text, index) == '-';
        int first = negative ? index + 1 : index;
        int point = scale == 0 ? end : end - scale - 1;
        int whole = point - first;
        if (whole >= 0 && whole + scale > 0 && whole + scale <= MAX_DIGITS
            && (scale == 0 || TextBytes.at(text, point) == '.')) {
            long wholeValue = whole == 0 ? 0 : TextBytes.digits(text, first, whole);
            long fractionValue = scale == 0 ? 0 : TextBytes.digits(text, point + 1, scale);
            if ((wholeValue | fractionValue) >= 0) {
                long value = wholeValue * POWERS[scale] + fractionValue;
                return negative ? -value : value;
            }
        }
        return unscaledSlowly(text, first, end, negative, scale);
    }

    /** {@link #unscaled} for any other layout (fewer digits after the point, a buffer under 8 bytes), digit by digit. */
    private static long unscaledSlowly(Object text, int first, int end, boolean negative, int scale) {
        long unscaled = 0;
        int digits = 0;
        int fraction = -1;
        for (int i = first; i < end; i++) {
            int c = TextBytes.at(text, i);
            if (c == '.' && fraction < 0) {
                fraction = 0;
                continue;
            }
            int digit = c - '0';
            if (digit < 0 || digit > 9 || digits == MAX_DIGITS) {
                return UNPARSED;
            }
            unscaled = unscaled * 10 + digit;
            digits++;
            if (fraction >= 0) {
                fraction++;
            }
        }
        int fractionDigits = Math.max(fraction, 0);
        if (digits == 0 || fraction == 0 || fractionDigits > scale || digits + scale - fractionDigits > MAX_DIGITS) {
            return UNPARSED;
        }
        unscaled *= POWERS[scale - fractionDigits];
        return negative ? -unscaled : unscaled;
    }

    /**
     * @param buf    the buffer holding a decimal text
     * @param index  the index of its first byte
     * @param length its length
     * @return how many characters follow its first point (0 without a point): the scale of the text as
     * {@code new BigDecimal(text)} reads it, for {@link #unscaled}
     */
    public static int fractionDigits(ByteBuf buf, int index, int length) {
        return buf.hasArray() ? fractionDigits(buf.array(), buf.arrayOffset() + index, length)
            : fractionDigits((Object) buf, index, length);
    }

    /**
     * {@link #fractionDigits(ByteBuf, int, int)} over an array.
     *
     * @param data   the array holding a decimal text
     * @param index  the index of its first byte
     * @param length its length
     * @return how many characters follow its first point (0 without a point)
     */
    public static int fractionDigits(byte[] data, int index, int length) {
        return fractionDigits((Object) data, index, length);
    }

    private static int fractionDigits(Object text, int index, int length) {
        int end = index + length;
        int point = TextBytes.indexOf(text, index, end, (byte) '.');
        return point < 0 ? 0 : end - point - 1;
    }

    /**
     * Reads a plain decimal ({@code [-]digits[.digits]}, digits on at least one side of the point) of at most 15
     * significant digits, and 15 after the point, as {@code digits / 10^k}: both operands are exact doubles, so the
     * single correctly rounded division is what {@link Double#parseDouble} returns for the text.
     *
     * @param buf    the buffer holding the text
     * @param index  the index of its first byte
     * @param length its length
     * @return the value, or NaN for any other text (the caller then uses {@link Double#parseDouble})
     */
    public static double exactDouble(ByteBuf buf, int index, int length) {
        return buf.hasArray() ? exactDouble(buf.array(), buf.arrayOffset() + index, length)
            : exactDouble((Object) buf, index, length);
    }

    /**
     * {@link #exactDouble(ByteBuf, int, int)} over an array.
     *
     * @param data   the array holding the text
     * @param index  the index of its first byte
     * @param length its length
     * @return the value, or NaN for any other text
     */
    public static double exactDouble(byte[] data, int index, int length) {
        return exactDouble((Object) data, index, length);
    }

    private static double exactDouble(Object text, int index, int length) {
        int end = index + length;
        boolean negative = length > 0 && TextBytes.at(text, index) == '-';
        int first = negative ? index + 1 : index;
        int point = TextBytes.indexOf(text, first, end, (byte) '.');
        int whole = (point < 0 ? end : point) - first;
        int fraction = point < 0 ? 0 : end - point - 1;
        if (whole + fraction == 0 || point >= 0 && fraction == 0 || fraction > MAX_EXACT_DIGITS
            || whole + fraction > MAX_DIGITS) {
            return Double.NaN;
        }
        long wholeValue = whole == 0 ? 0 : TextBytes.digits(text, first, whole);
        long fractionValue = fraction == 0 ? 0 : TextBytes.digits(text, point + 1, fraction);
        if ((wholeValue | fractionValue) < 0) {
            return Double.NaN;
        }
        long mantissa = wholeValue * POWERS[fraction] + fractionValue;
        if (mantissa >= EXACT_LIMIT) {
            return Double.NaN;
        }
        double value = fraction == 0 ? (double) mantissa : mantissa / DOUBLE_POWERS[fraction];
        return negative ? -value : value;
    }
}
