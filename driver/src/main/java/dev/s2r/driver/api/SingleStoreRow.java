/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.Row;

/**
 * A row of a SingleStore result with primitive getters that read a value straight from the packet, without boxing:
 * cast the {@link Row} that a mapping function receives.
 * <pre>{@code
 * result.map((row, metadata) -> ((SingleStoreRow) row).getLong(0))
 * }</pre>
 * Like every {@link Row}, it is valid only inside the mapping function.
 */
public interface SingleStoreRow extends Row {

    /**
     * @param index the column index, from 0
     * @return whether the value is SQL {@code NULL}
     * @throws IndexOutOfBoundsException for a bad index
     */
    boolean isNull(int index);

    /**
     * Reads an integer column (TINYINT to BIGINT, YEAR, BIT) as a {@code long}; other columns are converted as
     * {@code get(index, Long.class)} does.
     *
     * @param index the column index, from 0
     * @return the value, or 0 for SQL {@code NULL} (see {@link #isNull(int)})
     * @throws IllegalArgumentException when the value does not fit a {@code long} (BIGINT UNSIGNED above 2^63-1)
     */
    long getLong(int index);

    /**
     * Reads an integer column as an {@code int}.
     *
     * @param index the column index, from 0
     * @return the value, or 0 for SQL {@code NULL}
     * @throws IllegalArgumentException when the value does not fit an {@code int}
     */
    int getInt(int index);

    /**
     * Reads a FLOAT or DOUBLE column (others as {@code get(index, Double.class)}) as a {@code double}.
     *
     * @param index the column index, from 0
     * @return the value, or 0 for SQL {@code NULL}
     */
    double getDouble(int index);
}
