/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.util.Digits;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
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
    private static final long[] LONG_POWERS_OF_TEN = new long[MAX_EXACT_DIGITS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        LONG_POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
            LONG_POWERS_OF_TEN[i] = LONG_POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final boolean single;
    private final FixedStage stage;

    FloatingColumn(ColumnDefinition column) {
        super(column);
        this.single = column.getType() == DataTypes.FLOAT;
        this.stage = new FixedStage(this.single ? 4 : 8);
    }

    @Override
    Field field() {
        return leaf(new ArrowType.FloatingPoint(this.single ? FloatingPointPrecision.SINGLE
            : FloatingPointPrecision.DOUBLE));
    }

    @Override
    void capacity(int rows) {
        this.stage.capacity(rows);
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        if (this.single) {
            this.stage.putFloat(row, binary ? Bytes.floatLE(data, index)
                : Float.parseFloat(text(data, index, length)));
        } else {
            this.stage.putDouble(row, binary ? Bytes.doubleLE(data, index) : parseDouble(data, index, length));
        }
    }

    @Override
    void moveTo(FieldVector vector, int rows) {
        this.stage.moveTo((BaseFixedWidthVector) vector, rows);
    }

    /**
     * Parses a DOUBLE sent as text. Plain decimals ({@code [-]digits[.digits]}) of at most 15 digits are computed as
     * {@code digits / 10^k}, the digits read eight at a time: both operands are exact doubles, so the one correctly
     * rounded division gives exactly what {@link Double#parseDouble} gives; anything else goes through
     * {@link Double#parseDouble}.
     */
    private double parseDouble(byte[] data, int index, int length) {
        int end = index + length;
        int first = index;
        boolean negative = first < end && data[first] == '-';
        if (negative) {
            first++;
        }
        int point = first;
        while (point < end && data[point] != '.') {
            point++;
        }
        int whole = point - first;
        int fraction = point < end ? end - point - 1 : 0;
        if (whole >= 1 && whole + fraction <= MAX_EXACT_DIGITS && (point == end || fraction >= 1)) {
            long wholeValue = Digits.parse(data, first, whole);
            long fractionValue = fraction == 0 ? 0 : Digits.parse(data, point + 1, fraction);
            if (wholeValue >= 0 && fractionValue >= 0) {
                double value = fraction == 0 ? (double) wholeValue
                    : (wholeValue * LONG_POWERS_OF_TEN[fraction] + fractionValue) / POWERS_OF_TEN[fraction];
                return negative ? -value : value;
            }
        }
        return Double.parseDouble(text(data, index, length));
    }

    private String text(byte[] data, int index, int length) {
        String text = new String(data, index, length, StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
            throw TextFields.malformed(data, index, length, this);
        }
        return text;
    }
}
