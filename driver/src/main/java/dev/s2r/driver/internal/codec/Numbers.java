/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.util.Digits;
import io.netty.buffer.ByteBuf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Reads numeric fields of both protocols and converts them with range checks.
 */
final class Numbers {

    /** Text integers with at most this many characters cannot overflow a {@code long}. */
    private static final int SAFE_DIGITS = 18;

    private Numbers() {
    }

    /**
     * Reads a field of an integral column (TINYINT to BIGINT, YEAR).
     *
     * @return the value; for {@code BIGINT UNSIGNED} the 64 bits of the value, so values above
     * {@link Long#MAX_VALUE} come back negative (see {@link #isUnsignedLong})
     */
    static long readLong(ByteBuf buf, int index, int length, ColumnDefinition column, boolean binary) {
        if (!binary) {
            return parseLong(buf, index, length, column);
        }
        boolean unsigned = column.isUnsigned();
        switch (column.getType()) {
            case DataTypes.TINY:
                return unsigned ? buf.getUnsignedByte(index) : buf.getByte(index);
            case DataTypes.SHORT:
            case DataTypes.YEAR:
                return unsigned ? buf.getUnsignedShortLE(index) : buf.getShortLE(index);
            case DataTypes.INT24:
            case DataTypes.LONG:
                return unsigned ? buf.getUnsignedIntLE(index) : buf.getIntLE(index);
            case DataTypes.LONGLONG:
                return buf.getLongLE(index);
            default:
                throw Errors.cannotDecode(column, Long.class);
        }
    }

    /**
     * @param column a column
     * @return whether the column is {@code BIGINT UNSIGNED}, whose values {@link #readLong} returns as raw bits
     */
    static boolean isUnsignedLong(ColumnDefinition column) {
        return column.getType() == DataTypes.LONGLONG && column.isUnsigned();
    }

    /**
     * Reads a field of an integral column as a {@link BigInteger}, exactly (also above {@link Long#MAX_VALUE}).
     */
    static BigInteger readBigInteger(ByteBuf buf, int index, int length, ColumnDefinition column, boolean binary) {
        long value = readLong(buf, index, length, column, binary);
        if (value < 0 && isUnsignedLong(column)) {
            return BigInteger.valueOf(value & Long.MAX_VALUE).setBit(Long.SIZE - 1);
        }
        return BigInteger.valueOf(value);
    }

    /**
     * Reads a field of an integral or DECIMAL column as a {@code long}.
     *
     * @throws IllegalArgumentException if the value has a fraction or does not fit in a {@code long}
     */
    static long readExactLong(ByteBuf buf, int index, int length, ColumnDefinition column, Kind kind,
                              boolean binary, Class<?> target) {
        if (kind == Kind.DECIMAL) {
            BigDecimal value = readDecimal(buf, index, length, column);
            try {
                return value.longValueExact();
            } catch (ArithmeticException e) {
                throw Errors.outOfRange(value.toPlainString(), column, target);
            }
        }
        long value = readLong(buf, index, length, column, binary);
        if (value < 0 && isUnsignedLong(column)) {
            throw Errors.outOfRange(Long.toUnsignedString(value), column, target);
        }
        return value;
    }

    /**
     * @return {@code value} if it lies in {@code [min, max]}
     * @throws IllegalArgumentException otherwise
     */
    static long checkRange(long value, long min, long max, ColumnDefinition column, Class<?> target) {
        if (value < min || value > max) {
            throw Errors.outOfRange(value, column, target);
        }
        return value;
    }

    /**
     * Reads a DECIMAL field, which both protocols send as text.
     */
    static BigDecimal readDecimal(ByteBuf buf, int index, int length, ColumnDefinition column) {
        BigDecimal fast = fastBigDecimal(buf, index, length);
        if (fast != null) {
            return fast;
        }
        String text = ascii(buf, index, length);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw Errors.malformed(text, column, e);
        }
    }

    /**
     * Reads the usual text of a DECIMAL, {@code [-]digits[.digits]} with at most 18 digits, as an unscaled long and a
     * scale, which gives the same value and scale as {@code new BigDecimal(text)} without building a string.
     *
     * @return the value, or {@code null} for any other text (the general parser then handles it)
     */
    static BigDecimal fastBigDecimal(ByteBuf buf, int index, int length) {
        if (length == 0 || length > 20) {
            return null;
        }
        if (buf.capacity() < 8) {
            return fastBigDecimalPerByte(buf, index, length);
        }
        int end = index + length;
        int i = index;
        boolean negative = buf.getByte(i) == '-';
        if (negative) {
            i++;
        }
        int dot = i < end ? buf.indexOf(i, end, (byte) '.') : -1;
        int whole = (dot < 0 ? end : dot) - i;
        int fraction = dot < 0 ? 0 : end - dot - 1;
        if (whole + fraction == 0 || (dot >= 0 && fraction == 0) || whole + fraction > 18) {
            return null;
        }
        long wholeValue = whole == 0 ? 0 : Digits.parse(buf, i, whole);
        long fractionValue = fraction == 0 ? 0 : Digits.parse(buf, dot + 1, fraction);
        if (wholeValue < 0 || fractionValue < 0) {
            return null;
        }
        long unscaled = wholeValue * DECIMAL_POWERS[fraction] + fractionValue;
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, fraction);
    }

    /** 10^0 to 10^18. */
    private static final long[] DECIMAL_POWERS = new long[19];

    static {
        DECIMAL_POWERS[0] = 1;
        for (int i = 1; i < DECIMAL_POWERS.length; i++) {
            DECIMAL_POWERS[i] = DECIMAL_POWERS[i - 1] * 10;
        }
    }

    /** {@link #fastBigDecimal} for a buffer too short for {@link Digits}' 8-byte reads. */
    private static BigDecimal fastBigDecimalPerByte(ByteBuf buf, int index, int length) {
        if (length == 0 || length > 20) {
            return null;
        }
        byte[] text = new byte[20];
        buf.getBytes(index, text, 0, length);
        boolean negative = text[0] == '-';
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (int i = negative ? 1 : 0; i < length; i++) {
            int c = text[i];
            if (c == '.' && scale < 0) {
                scale = 0;
                continue;
            }
            int digit = c - '0';
            if (digit < 0 || digit > 9 || ++digits > 18) {
                return null;
            }
            unscaled = unscaled * 10 + digit;
            if (scale >= 0) {
                scale++;
            }
        }
        if (digits == 0 || scale == 0) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /**
     * Reads a FLOAT field.
     */
    static float readFloat(ByteBuf buf, int index, int length, ColumnDefinition column, boolean binary) {
        if (binary) {
            return buf.getFloatLE(index);
        }
        String text = ascii(buf, index, length);
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw Errors.malformed(text, column, e);
        }
    }

    /**
     * Reads a DOUBLE field.
     */
    static double readDouble(ByteBuf buf, int index, int length, ColumnDefinition column, boolean binary) {
        if (binary) {
            return buf.getDoubleLE(index);
        }
        double fast = fastDecimal(buf, index, length);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String text = ascii(buf, index, length);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw Errors.malformed(text, column, e);
        }
    }

    /** Integers of up to 15 digits, and powers of ten up to 10^15, are exact doubles. */
    private static final int MAX_EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = new double[MAX_EXACT_DIGITS + 1];
    /** Whole and fraction digits together (leading zeros included) that cannot overflow a long: 10^18. */
    private static final int MAX_COMBINED_DIGITS = 18;
    private static final long[] LONG_POWERS_OF_TEN = new long[MAX_EXACT_DIGITS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        LONG_POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
            LONG_POWERS_OF_TEN[i] = LONG_POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /**
     * Parses a plain decimal ({@code [-]digits[.digits]}) of at most 15 significant digits as
     * {@code digits / 10^k}: both operands are exact doubles, so the single correctly rounded division equals what
     * {@link Double#parseDouble} returns for the text.
     *
     * @return the value, or NaN when the text is not of that form (the caller then falls back to parseDouble)
     */
    static double fastDecimal(ByteBuf buf, int index, int length) {
        if (buf.capacity() < 8) {
            return fastDecimalPerByte(buf, index, length);
        }
        int end = index + length;
        int i = index;
        boolean negative = i < end && buf.getByte(i) == '-';
        if (negative) {
            i++;
        }
        if (i >= end) {
            return Double.NaN;
        }
        int dot = buf.indexOf(i, end, (byte) '.');
        int whole = (dot < 0 ? end : dot) - i;
        int fraction = dot < 0 ? 0 : end - dot - 1;
        if (whole == 0 || (dot >= 0 && fraction == 0) || fraction > MAX_EXACT_DIGITS
            || whole + fraction > MAX_COMBINED_DIGITS) {
            return Double.NaN;
        }
        long wholeValue = Digits.parse(buf, i, whole);
        long fractionValue = fraction == 0 ? 0 : Digits.parse(buf, dot + 1, fraction);
        if (wholeValue < 0 || fractionValue < 0) {
            return Double.NaN;
        }
        long mantissa = wholeValue * LONG_POWERS_OF_TEN[fraction] + fractionValue;
        if (mantissa >= LONG_POWERS_OF_TEN[MAX_EXACT_DIGITS]) {
            return Double.NaN;
        }
        double value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : (double) mantissa;
        return negative ? -value : value;
    }

    /** {@link #fastDecimal} for a buffer too short for {@link Digits}' 8-byte reads. */
    private static double fastDecimalPerByte(ByteBuf buf, int index, int length) {
        int end = index + length;
        int i = index;
        boolean negative = i < end && buf.getByte(i) == '-';
        if (negative) {
            i++;
        }
        int start = i;
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < end; i++) {
            int c = buf.getByte(i);
            if (c == '.' && fraction < 0) {
                fraction = 0;
                continue;
            }
            int digit = c - '0';
            if (digit < 0 || digit > 9 || digits >= MAX_EXACT_DIGITS) {
                return Double.NaN;
            }
            if (mantissa != 0 || digit != 0) {
                digits++;
            }
            mantissa = mantissa * 10 + digit;
            if (fraction >= 0) {
                fraction++;
            }
        }
        if (i == start || fraction == 0 || fraction > MAX_EXACT_DIGITS || (fraction < 0 && end - start == 0)) {
            return Double.NaN;
        }
        double value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : (double) mantissa;
        return negative ? -value : value;
    }

    /**
     * Widens a FLOAT to the {@code double} with the same decimal digits, so that {@code 1.1f} reads as {@code 1.1}
     * rather than {@code 1.100000023841858}.
     */
    static double floatToDouble(float value) {
        return Double.parseDouble(Float.toString(value));
    }

    /**
     * Reads a BIT field: its bytes are a big-endian unsigned number of up to 64 bits.
     */
    static long readBits(ByteBuf buf, int index, int length) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = (value << Byte.SIZE) | buf.getUnsignedByte(index + i);
        }
        return value;
    }

    /**
     * @return whether a BIT field has any bit set
     */
    static boolean anyBitSet(ByteBuf buf, int index, int length) {
        for (int i = 0; i < length; i++) {
            if (buf.getByte(index + i) != 0) {
                return true;
            }
        }
        return false;
    }

    static String ascii(ByteBuf buf, int index, int length) {
        return buf.toString(index, length, StandardCharsets.US_ASCII);
    }

    private static long parseLong(ByteBuf buf, int index, int length, ColumnDefinition column) {
        if (length > SAFE_DIGITS) {
            return parseLongSlowly(buf, index, length, column);
        }
        int end = index + length;
        int i = index;
        boolean negative = false;
        if (i < end && (buf.getByte(i) == '-' || buf.getByte(i) == '+')) {
            negative = buf.getByte(i) == '-';
            i++;
        }
        if (i == end) {
            throw Errors.malformed(ascii(buf, index, length), column, null);
        }
        long value = 0;
        for (; i < end; i++) {
            int digit = buf.getByte(i) - '0';
            if (digit < 0 || digit > 9) {
                throw Errors.malformed(ascii(buf, index, length), column, null);
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    private static long parseLongSlowly(ByteBuf buf, int index, int length, ColumnDefinition column) {
        String text = ascii(buf, index, length);
        try {
            return isUnsignedLong(column) ? Long.parseUnsignedLong(text) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Errors.malformed(text, column, e);
        }
    }
}
