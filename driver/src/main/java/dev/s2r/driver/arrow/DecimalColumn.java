/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.arrow;

import dev.s2r.driver.message.server.ColumnDefinition;
import org.apache.arrow.vector.Decimal256Vector;
import org.apache.arrow.vector.DecimalVector;
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
    private DecimalVector decimals;
    private Decimal256Vector wide;

    DecimalColumn(ColumnDefinition column) {
        super(column);
        this.scale = Math.max(0, Math.min(column.getDecimals(), 30));
        this.precision = precision(column, this.scale);
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
    void bind(FieldVector vector) {
        if (this.precision > MAX_DECIMAL128_PRECISION) {
            this.wide = (Decimal256Vector) vector;
        } else {
            this.decimals = (DecimalVector) vector;
        }
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
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
                writeSlowly(row, data, index, length);
                return;
            }
            unscaled = unscaled * 10 + digit;
            digits++;
            if (fraction >= 0) {
                fraction++;
            }
        }
        int fractionDigits = Math.max(fraction, 0);
        if (digits == 0 || fractionDigits > this.scale || digits + this.scale - fractionDigits > MAX_LONG_DIGITS) {
            writeSlowly(row, data, index, length);
            return;
        }
        unscaled *= POWERS_OF_TEN[this.scale - fractionDigits];
        if (negative) {
            unscaled = -unscaled;
        }
        if (this.decimals != null) {
            this.decimals.setSafe(row, unscaled);
        } else {
            this.wide.setSafe(row, unscaled);
        }
    }

    private void writeSlowly(int row, byte[] data, int index, int length) {
        BigDecimal value;
        try {
            value = new BigDecimal(new String(data, index, length, StandardCharsets.ISO_8859_1))
                .setScale(this.scale, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw TextFields.malformed(data, index, length, this);
        }
        if (this.decimals != null) {
            this.decimals.setSafe(row, value);
        } else {
            this.wide.setSafe(row, value);
        }
    }
}
