/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.internal.batch.WireType;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The SQL literal of a parameter's {@code DEFAULT}: numbers checked and kept as written, booleans as 1 or 0, every
 * other type a quoted string literal with quotes and backslashes escaped (python-sdk-services.md §2.2: parameter
 * defaults add {@code DEFAULT <escaped literal>}).
 */
final class Defaults {

    private Defaults() {
    }

    /**
     * @param value the default as {@code @Arg(defaultValue)} gives it
     * @param wire the parameter's wire type
     * @return the SQL literal
     * @throws IllegalArgumentException when a numeric or boolean default is not one
     */
    static String literal(String value, WireType wire) {
        switch (wire.storage()) {
            case LONG:
                if (wire == WireType.BOOL) {
                    return bool(value);
                }
                return number(value, wire.unsigned() ? "\\d+" : "[-+]?\\d+", wire);
            case DOUBLE:
                return decimal(value, wire);
            default:
                return wire == WireType.DECIMAL ? decimal(value, wire) : quote(value);
        }
    }

    private static String bool(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
                return "1";
            case "false":
            case "0":
                return "0";
            default:
                throw new IllegalArgumentException("the default '" + value + "' is not true or false");
        }
    }

    private static String number(String value, String pattern, WireType wire) {
        String trimmed = value.trim();
        if (!trimmed.matches(pattern)) {
            throw new IllegalArgumentException("the default '" + value + "' is not a " + wire.dtype());
        }
        return trimmed;
    }

    private static String decimal(String value, WireType wire) {
        String trimmed = value.trim();
        try {
            new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the default '" + value + "' is not a " + wire.dtype(), e);
        }
        return trimmed;
    }

    /**
     * @param value any text
     * @return it as a single-quoted SQL string literal: {@code '} doubled, backslash and NUL escaped
     */
    static String quote(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> literal.append("''");
                case '\\' -> literal.append("\\\\");
                case '\0' -> literal.append("\\0");
                default -> literal.append(c);
            }
        }
        return literal.append('\'').toString();
    }
}
