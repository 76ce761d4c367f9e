/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.api;

import java.lang.reflect.Array;
import java.util.List;
import java.util.Objects;

/**
 * The result of a table-valued batch function: for each output row the index (0-based, in the input batch) of the
 * input row that produced it, and the output columns, each an array or a {@link Masked} array as long as the
 * index. Each output row is answered with the row id of its input row. Arrays are not copied.
 */
public final class BatchTable {

    private final int[] inputRows;
    private final List<Object> columns;

    private BatchTable(int[] inputRows, List<Object> columns) {
        this.inputRows = inputRows;
        this.columns = columns;
    }

    /**
     * @param inputRows for each output row, the index of the input row that produced it
     * @param columns the output columns, in the order of the function's return columns: arrays or {@link Masked}
     * @return the table
     * @throws IllegalArgumentException when a column is not an array or {@code Masked}, or its length differs
     */
    public static BatchTable of(int[] inputRows, Object... columns) {
        Objects.requireNonNull(inputRows, "inputRows");
        for (int i = 0; i < columns.length; i++) {
            Object column = Objects.requireNonNull(columns[i], "column");
            int length = column instanceof Masked<?> masked ? masked.size()
                : column.getClass().isArray() ? Array.getLength(column) : -1;
            if (length < 0) {
                throw new IllegalArgumentException("column " + i + " is neither an array nor Masked: "
                    + column.getClass().getName());
            }
            if (length != inputRows.length) {
                throw new IllegalArgumentException("column " + i + " has " + length + " rows, not "
                    + inputRows.length);
            }
        }
        return new BatchTable(inputRows, List.of(columns));
    }

    /** @return for each output row, the index of its input row */
    public int[] inputRows() {
        return this.inputRows;
    }

    /** @return the columns: arrays or {@link Masked} arrays */
    public List<Object> columns() {
        return this.columns;
    }

    /** @return the number of output rows */
    public int size() {
        return this.inputRows.length;
    }
}
