/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The text a MySQL-protocol server sends for a FLOAT or DOUBLE value in a text-protocol row, made from the value of a
 * binary-protocol row, so that {@code Row.get(i, String.class)} reads the same over both protocols.
 *
 * <p>With a declared scale ({@code DOUBLE(10,2)}) the value is written with exactly that many fraction digits, rounded
 * half to even. Otherwise a DOUBLE takes the fewest significant digits that read back as the same value, and a FLOAT
 * six (as C's {@code FLT_DIG}), trailing zeros dropped; the digits are written positionally while the value has at
 * most 15 digits before the point and at most 14 zeros between the point and its first digit
 * ({@code 999999999999999}, {@code 0.0000000000000015}), and otherwise as a mantissa with a lower-case exponent,
 * unsigned when positive ({@code 1e-16}, {@code 1e15}, {@code 1.2345678901234568e18}); zero of either sign is
 * {@code 0}. This is how MySQL
 * and MariaDB print them, measured on MariaDB 10.11.
 */
final class FloatText {

    /** A column's decimals at or above this mean no declared scale. */
    private static final int NO_SCALE = 31;
    private static final int FLOAT_DIGITS = 6;
    private static final int MAX_DOUBLE_DIGITS = 17;
    /** The largest position of the decimal point, counted from the first digit, written positionally. */
    private static final int MAX_POINT = 15;
    /** The smallest such position. */
    private static final int MIN_POINT = -14;

    private FloatText() {
    }

    /**
     * @param value    a FLOAT value
     * @param decimals the column's decimals
     * @return the server's text of the value
     */
    static String ofFloat(float value, int decimals) {
        if (decimals < NO_SCALE) {
            return scaled(value, decimals);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(value);
        return format(exact.round(new MathContext(FLOAT_DIGITS, RoundingMode.HALF_EVEN)));
    }

    /**
     * @param value    a DOUBLE value
     * @param decimals the column's decimals
     * @return the server's text of the value
     */
    static String ofDouble(double value, int decimals) {
        if (decimals < NO_SCALE) {
            return scaled(value, decimals);
        }
        if (value == 0) {
            return "0";
        }
        return format(shortest(value));
    }

    private static String scaled(double value, int decimals) {
        BigDecimal exact = value == 0 ? BigDecimal.ZERO : new BigDecimal(value);
        return exact.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The decimal with the fewest digits that reads back as {@code value}; of several, the nearest. */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < MAX_DOUBLE_DIGITS; digits++) {
            BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == value) {
                return nearest;
            }
            // next to a power of two the values that read back lie unevenly around it: try the other neighbour
            RoundingMode away = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal other = exact.round(new MathContext(digits, away));
            if (other.doubleValue() == value) {
                return other;
            }
        }
        return exact.round(new MathContext(MAX_DOUBLE_DIGITS, RoundingMode.HALF_EVEN));
    }

    private static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int point = digits.length() - stripped.scale();
        if (point >= MIN_POINT && point <= MAX_POINT) {
            return stripped.toPlainString();
        }
        StringBuilder text = new StringBuilder(digits.length() + 8);
        if (stripped.signum() < 0) {
            text.append('-');
        }
        text.append(digits.charAt(0));
        if (digits.length() > 1) {
            text.append('.').append(digits, 1, digits.length());
        }
        return text.append('e').append(point - 1).toString();
    }
}
