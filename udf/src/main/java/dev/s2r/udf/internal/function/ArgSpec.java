/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.function;

import dev.s2r.udf.internal.batch.WireType;

/**
 * One parameter of a function as SingleStore sees it.
 *
 * @param name the SQL parameter name (unquoted)
 * @param sqlType the SQL type without nullability or default, e.g. {@code BIGINT}, {@code DATETIME(6)}
 * @param wire how its values travel
 * @param nullable whether NULL is accepted ({@code NULL} in the DDL) or not ({@code NOT NULL})
 * @param defaultLiteral the SQL literal of its {@code DEFAULT}, already escaped, or {@code null} for none
 * @param description a description for {@code function_info}, empty when none
 */
public record ArgSpec(String name, String sqlType, WireType wire, boolean nullable, String defaultLiteral,
                      String description) {
}
