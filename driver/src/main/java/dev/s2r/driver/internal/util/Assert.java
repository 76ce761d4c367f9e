/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.util;

/**
 * The driver's one null-check convention, the R2DBC SPI's: a required argument that is {@code null} is an
 * {@link IllegalArgumentException} naming it.
 */
public final class Assert {

    private Assert() {
    }

    /**
     * @param value the argument
     * @param name  its name, for the message
     * @param <T>   its type
     * @return the argument
     * @throws IllegalArgumentException when it is {@code null}
     */
    public static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
