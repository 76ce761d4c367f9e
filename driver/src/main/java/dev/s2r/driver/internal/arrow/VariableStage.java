/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import org.apache.arrow.vector.BaseVariableWidthVector;

import java.util.Arrays;

/**
 * The values of one variable-width column for the batch being filled, staged in heap arrays in Arrow's layout
 * (the values end to end, and {@code rows + 1} little-endian offsets into them) with their validity; the vector is
 * allocated and filled with three bulk copies when the batch is emitted ({@link #moveTo}). A row never written stays
 * null, with an empty value.
 */
final class VariableStage {

    private final Bits validity = new Bits();
    private byte[] offsets = new byte[4];
    private byte[] data = new byte[256];
    private int end;
    private int lastRow = -1;

    /** Makes room for the offsets of {@code rows} rows, keeping what was staged so far. */
    void capacity(int rows) {
        int needed = (rows + 1) * 4;
        if (this.offsets.length < needed) {
            this.offsets = Arrays.copyOf(this.offsets, needed);
        }
        this.validity.capacity(rows);
    }

    /** Appends the value of a row; the rows of a batch are written in order. */
    void put(int row, byte[] source, int index, int length) {
        closeRowsBefore(row);
        int next = this.end + length;
        if (next > this.data.length || next < 0) {
            grow(next);
        }
        System.arraycopy(source, index, this.data, this.end, length);
        this.end = next;
        Bytes.putIntLE(this.offsets, (row + 1) << 2, next);
        this.lastRow = row;
        this.validity.set(row);
    }

    /** @return whether the row holds a value (staged rows only) */
    boolean isSet(int row) {
        return row <= this.lastRow && this.validity.get(row);
    }

    /** @return the index of the row's first byte in {@link #data()} (staged rows only) */
    int start(int row) {
        return Bytes.intLE(this.offsets, row << 2);
    }

    /** @return the length of the row's value (staged rows only) */
    int length(int row) {
        return Bytes.intLE(this.offsets, (row + 1) << 2) - start(row);
    }

    /** @return the staged values, end to end */
    byte[] data() {
        return this.data;
    }

    /**
     * Allocates the vector for {@code rows} rows, copies the staged offsets, values and validity into it, and clears
     * the stage for the next batch.
     */
    void moveTo(BaseVariableWidthVector vector, int rows) {
        closeRowsBefore(rows);
        vector.allocateNew(Math.max(this.end, 1), Math.max(rows, 1));
        vector.getOffsetBuffer().setBytes(0, this.offsets, 0, (rows + 1) * 4L);
        vector.getDataBuffer().setBytes(0, this.data, 0, this.end);
        this.validity.moveTo(vector.getValidityBuffer(), rows);
        vector.setLastSet(rows - 1);
        vector.setValueCount(rows);
        this.end = 0;
        this.lastRow = -1;
    }

    /** Forgets the values of the first {@code rows} rows once they were read through {@link #data()}. */
    void clear(int rows) {
        this.validity.clear(rows);
        this.end = 0;
        this.lastRow = -1;
    }

    /** Gives the rows skipped since the last value (nulls) an empty value, so that every offset is set. */
    private void closeRowsBefore(int row) {
        for (int r = this.lastRow + 1; r < row; r++) {
            Bytes.putIntLE(this.offsets, (r + 1) << 2, this.end);
        }
        this.lastRow = Math.max(this.lastRow, row - 1);
    }

    private void grow(int needed) {
        if (needed < 0) {
            throw new IllegalStateException("An Arrow batch cannot hold more than 2 GiB of one column's values");
        }
        this.data = Arrays.copyOf(this.data, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed,
            (long) this.data.length * 2)));
        if (this.data.length < needed) {
            throw new IllegalStateException("An Arrow batch cannot hold more than 2 GiB of one column's values");
        }
    }
}
