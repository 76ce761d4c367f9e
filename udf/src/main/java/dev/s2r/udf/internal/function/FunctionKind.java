/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.function;

/** Scalar function or table-valued function; {@link #infoName()} is {@code function_info}'s {@code function_type}. */
public enum FunctionKind {

    /** One output row per input row: {@code RETURNS <type>} or {@code RETURNS RECORD(...)}. */
    UDF("udf"),

    /** Zero or more output rows per input row, each with the input row's id: {@code RETURNS TABLE(...)}. */
    TVF("tvf");

    private final String infoName;

    FunctionKind(String infoName) {
        this.infoName = infoName;
    }

    /** @return the name {@code function_info} gives this kind */
    public String infoName() {
        return this.infoName;
    }
}
