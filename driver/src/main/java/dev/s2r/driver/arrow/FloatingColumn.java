/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.arrow;

import dev.s2r.driver.codec.DataTypes;
import dev.s2r.driver.message.server.ColumnDefinition;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

import java.nio.charset.StandardCharsets;

/**
 * FLOAT to an Arrow single-precision float, DOUBLE to a double-precision one.
 */
final class FloatingColumn extends ArrowColumn {

    /** Integers of up to 15 digits and powers of ten up to 10^22 are exact doubles. */
    private static final int MAX_EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = new double[MAX_EXACT_DIGITS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final boolean single;
    private Float4Vector floats;
    private Float8Vector doubles;

    FloatingColumn(ColumnDefinition column) {
        super(column);
        this.single = column.getType() == DataTypes.FLOAT;
    }

    @Override
    Field field() {
        return leaf(new ArrowType.FloatingPoint(this.single ? FloatingPointPrecision.SINGLE
            : FloatingPointPrecision.DOUBLE));
    }

    @Override
    void bind(FieldVector vector) {
        if (this.single) {
            this.floats = (Float4Vector) vector;
        } else {
            this.doubles = (Float8Vector) vector;
        }
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        if (this.single) {
            this.floats.setSafe(row, binary ? Bytes.floatLE(data, index) : Float.parseFloat(text(data, index, length)));
        } else {
            this.doubles.setSafe(row, binary ? Bytes.doubleLE(data, index) : parseDouble(data, index, length));
        }
    }

    /**
     * Parses a DOUBLE sent as text. Plain decimals ({@code [-]digits[.digits]}) of at most 15 significant digits are
     * computed as {@code digits / 10^k}: both operands are exact doubles, so the one correctly rounded division
     * gives exactly what {@link Double#parseDouble} gives; anything else goes through {@link Double#parseDouble}.
     */
    private double parseDouble(byte[] data, int index, int length) {
        int end = index + length;
        int i = index;
        boolean negative = i < end && data[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < end; i++) {
            int c = data[i];
            if (c == '.' && fraction < 0) {
                fraction = 0;
                continue;
            }
            int digit = c - '0';
            if (digit < 0 || digit > 9 || digits >= MAX_EXACT_DIGITS) {
                return Double.parseDouble(text(data, index, length));
            }
            if (mantissa != 0 || digit != 0) {
                digits++;
            }
            mantissa = mantissa * 10 + digit;
            if (fraction >= 0) {
                fraction++;
            }
        }
        if (i == index + (negative ? 1 : 0) || fraction == 0 || fraction > MAX_EXACT_DIGITS
            || (fraction < 0 && i == index + (negative ? 1 : 0))) {
            return Double.parseDouble(text(data, index, length));
        }
        double value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : (double) mantissa;
        return negative ? -value : value;
    }

    private String text(byte[] data, int index, int length) {
        String text = new String(data, index, length, StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
            throw TextFields.malformed(data, index, length, this);
        }
        return text;
    }
}
