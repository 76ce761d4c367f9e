/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

/** The null-check convention of the R2DBC SPI for the public types: a {@code null} argument is refused by name. */
final class Arguments {

    private Arguments() {
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
