/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.util.Digits;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * DECIMAL to an Arrow {@code Decimal128} with the column's precision and scale ({@code Decimal256} above 38 digits).
 * Both protocols send decimals as text; values of up to 18 digits are parsed straight into their unscaled
 * {@code long}, longer ones through {@link BigDecimal}.
 */
final class DecimalColumn extends ArrowColumn {

    /** The most digits Decimal128 holds. */
    static final int MAX_DECIMAL128_PRECISION = 38;
    private static final int MAX_LONG_DIGITS = 18;
    private static final long[] POWERS_OF_TEN = new long[MAX_LONG_DIGITS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final int precision;
    private final int scale;
    private final FixedStage stage;

    DecimalColumn(ColumnDefinition column) {
        super(column);
        this.scale = Math.max(0, Math.min(column.getDecimals(), 30));
        this.precision = precision(column, this.scale);
        this.stage = new FixedStage(this.precision > MAX_DECIMAL128_PRECISION ? 32 : 16);
    }

    /**
     * The precision from the column length, which counts the sign (unless UNSIGNED) and the decimal point (when
     * the scale is positive); 10 when the length is unknown.
     */
    static int precision(ColumnDefinition column, int scale) {
        long length = column.getLength();
        if (length <= 0) {
            return Math.max(10, scale);
        }
        long digits = length - (scale > 0 ? 1 : 0) - (column.isUnsigned() ? 0 : 1);
        return (int) Math.max(Math.max(1, scale), Math.min(digits, 76));
    }

    @Override
    Field field() {
        return leaf(new ArrowType.Decimal(this.precision, this.scale,
            this.precision > MAX_DECIMAL128_PRECISION ? 256 : 128));
    }

    @Override
    void capacity(int rows) {
        this.stage.capacity(rows);
    }

    @Override
    void moveTo(FieldVector vector, int rows) {
        this.stage.moveTo((BaseFixedWidthVector) vector, rows);
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        long unscaled = exactly(data, index, length);
        if (unscaled == Long.MIN_VALUE) {
            unscaled = generally(data, index, length);
        }
        if (unscaled == Long.MIN_VALUE) {
            writeSlowly(row, data, index, length);
        } else {
            this.stage.putWideLong(row, unscaled);
        }
    }

    /**
     * The unscaled value of text in the server's own form, {@code [-]digits.ffff} with exactly the column's scale,
     * of at most 18 digits, read eight digits at a time.
     *
     * @return the value, or {@link Long#MIN_VALUE} when the text is not in that form
     */
    private long exactly(byte[] data, int index, int length) {
        int end = index + length;
        boolean negative = length > 0 && data[index] == '-';
        int first = negative ? index + 1 : index;
        int point = this.scale == 0 ? end : end - this.scale - 1;
        int whole = point - first;
        if (whole < 1 || whole + this.scale > MAX_LONG_DIGITS || this.scale > 0 && data[point] != '.') {
            return Long.MIN_VALUE;
        }
        long wholeValue = Digits.parse(data, first, whole);
        long fractionValue = this.scale == 0 ? 0 : Digits.parse(data, point + 1, this.scale);
        if (wholeValue < 0 || fractionValue < 0) {
            return Long.MIN_VALUE;
        }
        long unscaled = wholeValue * POWERS_OF_TEN[this.scale] + fractionValue;
        return negative ? -unscaled : unscaled;
    }

    /**
     * The unscaled value of any plain decimal text of at most 18 digits and no more fraction digits than the scale.
     *
     * @return the value, or {@link Long#MIN_VALUE} when the text is not such a decimal
     */
    private long generally(byte[] data, int index, int length) {
        int end = index + length;
        int i = index;
        boolean negative = false;
        if (i < end && (data[i] == '-' || data[i] == '+')) {
            negative = data[i] == '-';
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < end; i++) {
            byte c = data[i];
            if (c == '.' && fraction < 0) {
                fraction = 0;
                continue;
            }
            int digit = c - '0';
            if (digit < 0 || digit > 9 || digits >= MAX_LONG_DIGITS) {
                return Long.MIN_VALUE;
            }
            unscaled = unscaled * 10 + digit;
            digits++;
            if (fraction >= 0) {
                fraction++;
            }
        }
        int fractionDigits = Math.max(fraction, 0);
        if (digits == 0 || fractionDigits > this.scale || digits + this.scale - fractionDigits > MAX_LONG_DIGITS) {
            return Long.MIN_VALUE;
        }
        unscaled *= POWERS_OF_TEN[this.scale - fractionDigits];
        return negative ? -unscaled : unscaled;
    }

    private void writeSlowly(int row, byte[] data, int index, int length) {
        BigDecimal value;
        try {
            value = new BigDecimal(new String(data, index, length, StandardCharsets.ISO_8859_1))
                .setScale(this.scale, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw TextFields.malformed(data, index, length, this);
        }
        if (value.precision() > this.precision || !this.stage.putBigEndian(row, value.unscaledValue().toByteArray())) {
            throw new IllegalArgumentException("Value " + value.toPlainString() + " of column " + describe()
                + " has more digits than its precision, " + this.precision);
        }
    }
}
