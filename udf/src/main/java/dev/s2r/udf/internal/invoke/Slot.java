/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

import dev.s2r.driver.api.VectorElementType;
import dev.s2r.udf.internal.batch.WireType;

/**
 * How the values of one argument or result column meet Java: the Java type a method takes or returns and the wire
 * type its column holds.
 *
 * @param label the parameter or column for error messages, e.g. {@code parameter x of Functions.add}
 * @param type the Java type of one value ({@code long}, {@code String}, ...); for {@link Form#COLUMN} and
 *             {@link Form#MASKED} the array type ({@code long[]})
 * @param form how the value is wrapped
 * @param wire the column's wire type
 * @param nullable whether the column may hold NULL
 * @param vector the element type of a vector packed into BINARY, {@code null} when not a vector
 * @param dimensions the vector's declared dimensions, 0 when not declared
 */
public record Slot(String label, Class<?> type, Form form, WireType wire, boolean nullable, VectorElementType vector,
                   int dimensions) {

    /** How a Java value is wrapped. */
    public enum Form {
        /** The value itself; {@code null} for NULL (reference types only). */
        VALUE,
        /** {@code Optional} of the value; empty for NULL. */
        OPTIONAL,
        /** A whole column as an array, without NULLs (batch functions). */
        COLUMN,
        /** A whole column as a {@code Masked} array (batch functions). */
        MASKED
    }

    /**
     * @param label the parameter or column for error messages
     * @param type the Java type of one value
     * @param form how the value is wrapped
     * @param wire the column's wire type
     * @param nullable whether the column may hold NULL
     * @return a slot that is not a vector
     */
    public static Slot of(String label, Class<?> type, Form form, WireType wire, boolean nullable) {
        return new Slot(label, type, form, wire, nullable, null, 0);
    }

    /** @return the Java type a method declares for this slot ({@code Optional} for {@link Form#OPTIONAL}) */
    Class<?> declared() {
        return switch (this.form) {
            case OPTIONAL -> java.util.Optional.class;
            case MASKED -> dev.s2r.udf.api.Masked.class;
            default -> this.type;
        };
    }
}
