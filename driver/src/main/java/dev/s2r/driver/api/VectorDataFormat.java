/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;


/**
 * How SingleStore sends VECTOR values ({@code vector_type_project_format}): the driver reads both forms into the
 * same Java values, so this only changes what travels on the wire.
 */
public enum VectorDataFormat {

    /** Packed little-endian elements, dimensions &times; element size bytes (the default; compact and exact). */
    BINARY,
    /** JSON array text such as {@code [0.267261237,0.534522474,0.801783681]}. */
    JSON;

    /**
     * Parses a format name, case-insensitively.
     *
     * @param value the name
     * @return the format
     * @throws IllegalArgumentException for an unknown name
     */
    public static VectorDataFormat parse(String value) {
        return Enums.named(VectorDataFormat.class, value, "vectorDataFormat");
    }
}
