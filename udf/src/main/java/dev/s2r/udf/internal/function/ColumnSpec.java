/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.function;

import dev.s2r.udf.internal.batch.WireType;

/**
 * One return column of a function: the single value of a scalar function, a field of {@code RECORD(...)}, or a
 * column of {@code TABLE(...)}.
 *
 * @param name the column name (unquoted), or {@code null} for the one value of a scalar function
 * @param sqlType the SQL type without nullability, e.g. {@code BIGINT}, {@code TEXT}
 * @param wire how its values travel
 * @param nullable whether the function may return NULL in it
 * @param description a description for {@code function_info}, empty when none
 */
public record ColumnSpec(String name, String sqlType, WireType wire, boolean nullable, String description) {
}
