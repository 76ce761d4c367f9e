/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Converts variable values between the server's text and Java values.
 */
final class VariableValues {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");

    private VariableValues() {
    }

    /**
     * @param name a variable name
     * @return the name
     * @throws IllegalArgumentException unless it starts with a letter or underscore and has only letters, digits,
     *                                  underscores and dots
     */
    static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid variable name '" + name
                + "': use letters, digits, underscores and dots, starting with a letter or underscore");
        }
        return name;
    }

    /**
     * @param text a value as the server shows it, or {@code null}
     * @return {@code Boolean} for ON/OFF/TRUE/FALSE, {@code Long} (or {@code BigInteger}) for integers,
     *     {@code BigDecimal} for decimals, else the text
     */
    static Object parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase("ON") || text.equalsIgnoreCase("TRUE")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("OFF") || text.equalsIgnoreCase("FALSE")) {
            return Boolean.FALSE;
        }
        if (INTEGER.matcher(text).matches()) {
            BigInteger value = new BigInteger(text);
            return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
        }
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        return text;
    }

    /**
     * @param value   a value to set
     * @param session renders string literals
     * @return the value as SQL
     * @throws IllegalArgumentException when the value has no SQL form here
     */
    static String render(Object value, SqlSession session) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean) {
            return (Boolean) value ? "ON" : "OFF";
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long
            || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("Cannot set a variable to " + value);
            }
            return BigDecimal.valueOf(number).toPlainString();
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return session.literal(value.toString());
        }
        if (value instanceof Enum) {
            return session.literal(((Enum<?>) value).name());
        }
        throw new IllegalArgumentException("Cannot set a variable to a " + value.getClass().getName()
            + ": use a Boolean, Number, CharSequence, Character, Enum or null");
    }
}
