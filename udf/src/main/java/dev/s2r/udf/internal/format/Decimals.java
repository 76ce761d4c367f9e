/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import java.math.BigDecimal;

/**
 * DECIMAL values as a request carries them. The engine's DECIMAL has at most 65 digits, 30 of them after the point;
 * text such as {@code 1e999999999} parses into a small {@link BigDecimal} whose plain text would take a gigabyte,
 * so a value with more than {@value #MAX_DIGITS} digits before or after the point is refused.
 */
final class Decimals {

    static final int MAX_DIGITS = 1000;

    private Decimals() {
    }

    /**
     * @param text a decimal number
     * @return its value
     * @throws IllegalArgumentException when it is not a number, or is far outside any DECIMAL
     */
    static BigDecimal parse(String text) {
        if (text.length() > 2 * MAX_DIGITS + 16) {
            throw new IllegalArgumentException("DECIMAL text of " + text.length()
                + " characters is far outside the range of a DECIMAL");
        }
        try {
            return checked(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DECIMAL text " + Temporals.excerpt(text) + " is not a number", e);
        }
    }

    /**
     * @param value a decimal number
     * @return the value
     * @throws IllegalArgumentException when it has more than {@value #MAX_DIGITS} digits before or after the point
     */
    static BigDecimal checked(BigDecimal value) {
        if (value.scale() > MAX_DIGITS || (long) value.precision() - value.scale() > MAX_DIGITS) {
            throw new IllegalArgumentException("DECIMAL of " + value.precision() + " digits and scale " + value.scale()
                + " is far outside the range of a DECIMAL");
        }
        return value;
    }
}
