/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.util.NumberText;
import io.netty.buffer.ByteBuf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Reads numeric fields of both protocols and converts them with range checks.
 */
final class Numbers {

    private Numbers() {
    }

    /**
     * Reads a field of an integral column (TINYINT to BIGINT, YEAR).
     *
     * @return the value; for {@code BIGINT UNSIGNED} the 64 bits of the value, so values above
     * {@link Long#MAX_VALUE} come back negative (see {@link #isUnsignedLong})
     */
    static long readLong(ByteBuf buf, int index, int length, Column column, boolean binary) {
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
    static boolean isUnsignedLong(Column column) {
        return column.getType() == DataTypes.LONGLONG && column.isUnsigned();
    }

    /**
     * Reads a field of an integral column as a {@link BigInteger}, exactly (also above {@link Long#MAX_VALUE}).
     */
    static BigInteger readBigInteger(ByteBuf buf, int index, int length, Column column, boolean binary) {
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
    static long readExactLong(ByteBuf buf, int index, int length, Column column, Kind kind,
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
    static long checkRange(long value, long min, long max, Column column, Class<?> target) {
        if (value < min || value > max) {
            throw Errors.outOfRange(value, column, target);
        }
        return value;
    }

    /**
     * Reads a DECIMAL field, which both protocols send as text.
     */
    static BigDecimal readDecimal(ByteBuf buf, int index, int length, Column column) {
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
     * Reads a plain DECIMAL text of at most 18 digits ({@link NumberText#unscaled}) at its own scale, which gives the
     * same value and scale as {@code new BigDecimal(text)} without building a string.
     *
     * @return the value, or {@code null} for any other text (the general parser then handles it)
     */
    static BigDecimal fastBigDecimal(ByteBuf buf, int index, int length) {
        int scale = NumberText.fractionDigits(buf, index, length);
        long unscaled = NumberText.unscaled(buf, index, length, scale);
        return unscaled == NumberText.UNPARSED ? null : BigDecimal.valueOf(unscaled, scale);
    }

    /**
     * Reads a FLOAT field.
     */
    static float readFloat(ByteBuf buf, int index, int length, Column column, boolean binary) {
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
    static double readDouble(ByteBuf buf, int index, int length, Column column, boolean binary) {
        if (binary) {
            return buf.getDoubleLE(index);
        }
        double fast = NumberText.exactDouble(buf, index, length);
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

    /** A text integer: {@link NumberText#parseLong}, and the JDK's parser for the few texts it leaves. */
    private static long parseLong(ByteBuf buf, int index, int length, Column column) {
        long value = NumberText.parseLong(buf, index, length, isUnsignedLong(column));
        return value != NumberText.UNPARSED ? value : parseLongSlowly(buf, index, length, column);
    }

    private static long parseLongSlowly(ByteBuf buf, int index, int length, Column column) {
        String text = ascii(buf, index, length);
        try {
            return isUnsignedLong(column) ? Long.parseUnsignedLong(text) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Errors.malformed(text, column, e);
        }
    }
}
