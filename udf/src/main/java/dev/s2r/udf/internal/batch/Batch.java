/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.batch;

import java.util.Arrays;
import java.util.List;

/**
 * One batch of rows in columns: what a request body decodes into and a response body encodes from. Each row has the
 * engine's row id, which a response repeats for every row an input row produced (any value, not only 0..n-1).
 * Codecs build a batch with {@link #addRowId} and the columns' {@code add...} methods; a batch is complete when every
 * column has {@link #size()} rows. Not thread-safe.
 */
public final class Batch {

    private final Column[] columns;
    private long[] rowIds;
    private int size;

    private Batch(Column[] columns, int capacity) {
        this.columns = columns;
        this.rowIds = new long[Math.max(capacity, 1)];
    }

    /**
     * @param types the columns' types, in order
     * @param capacity the expected number of rows (the batch grows past it)
     * @return an empty batch
     */
    public static Batch of(List<WireType> types, int capacity) {
        Column[] columns = new Column[types.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = Column.of(types.get(i), capacity);
        }
        return new Batch(columns, capacity);
    }

    /**
     * @param rowIds the row ids (taken, not copied)
     * @param size the number of rows
     * @param columns the columns (taken, not copied)
     * @return a batch over them
     * @throws IllegalArgumentException when a column's size is not the number of row ids
     */
    public static Batch of(long[] rowIds, int size, Column... columns) {
        for (Column column : columns) {
            if (column.size() != size) {
                throw new IllegalArgumentException(column + " has " + column.size() + " rows, not " + size);
            }
        }
        Batch batch = new Batch(columns, 0);
        batch.rowIds = rowIds;
        batch.size = size;
        return batch;
    }

    /** @param rowId the next row's id */
    public void addRowId(long rowId) {
        if (this.size == this.rowIds.length) {
            this.rowIds = Arrays.copyOf(this.rowIds, this.rowIds.length * 2);
        }
        this.rowIds[this.size++] = rowId;
    }

    /** @return the number of rows */
    public int size() {
        return this.size;
    }

    /**
     * @param row a row index
     * @return the row's id
     */
    public long rowId(int row) {
        return this.rowIds[row];
    }

    /** @return the row ids, valid up to {@link #size()} */
    public long[] rowIds() {
        return this.rowIds;
    }

    /** @return the number of columns */
    public int width() {
        return this.columns.length;
    }

    /**
     * @param index a column index
     * @return the column
     */
    public Column column(int index) {
        return this.columns[index];
    }

    @Override
    public String toString() {
        return "Batch{" + this.size + " rows, " + Arrays.toString(this.columns) + "}";
    }
}
