/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;


/**
 * Builds the exceptions of the codec layer, so that their messages read the same everywhere.
 */
final class Errors {

    private Errors() {
    }

    /**
     * @param column the column
     * @param target the requested type
     * @return "Cannot decode column 'x' of type VARCHAR as java.util.UUID"
     */
    static IllegalArgumentException cannotDecode(Column column, Class<?> target) {
        return new IllegalArgumentException("Cannot decode column " + describe(column) + " as "
            + target.getTypeName());
    }

    /**
     * @param value  the decoded value, as text
     * @param column the column
     * @param target the requested type
     * @return an exception saying that the value does not fit the requested type
     */
    static IllegalArgumentException outOfRange(Object value, Column column, Class<?> target) {
        return new IllegalArgumentException("Value " + value + " of column " + describe(column)
            + " does not fit in " + target.getTypeName());
    }

    /**
     * @param text   the field's text
     * @param column the column
     * @param cause  the parse failure, or {@code null}
     * @return an exception saying that the field is not in the format of its column type
     */
    static IllegalArgumentException malformed(String text, Column column, Throwable cause) {
        return new IllegalArgumentException("Malformed value '" + text + "' in column " + describe(column), cause);
    }

    /**
     * @param value the value to bind
     * @param why   what is wrong with it
     * @return an exception saying that the value cannot be bound
     */
    static IllegalArgumentException cannotEncode(Object value, String why) {
        return new IllegalArgumentException("Cannot bind " + value.getClass().getName() + " value " + value + ": "
            + why);
    }

    /**
     * @param column the column
     * @return "'name' of type TYPE"
     */
    static String describe(Column column) {
        return "'" + column.getName() + "' of type " + DefaultCodecs.typeOf(column).getName();
    }
}
