/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import org.apache.arrow.memory.ArrowBuf;

import java.util.Arrays;

/**
 * One bit per row of the batch being filled, in Arrow's layout (row {@code r} is bit {@code r % 8} of byte
 * {@code r / 8}): a column's validity, or the values of a boolean column. Copied into a vector's buffer in one step
 * when the batch is emitted, then cleared for the next batch.
 */
final class Bits {

    private byte[] bytes = new byte[0];

    /** Makes room for {@code rows} rows, keeping the bits set so far. */
    void capacity(int rows) {
        int needed = bytes(rows);
        if (this.bytes.length < needed) {
            this.bytes = Arrays.copyOf(this.bytes, needed);
        }
    }

    void set(int row) {
        this.bytes[row >>> 3] |= (byte) (1 << (row & 7));
    }

    boolean get(int row) {
        return (this.bytes[row >>> 3] & (1 << (row & 7))) != 0;
    }

    /**
     * Copies the bits of the first {@code rows} rows to the start of {@code buffer} and clears them.
     *
     * @param buffer a buffer of at least {@code (rows + 7) / 8} bytes
     * @param rows   the rows of the batch
     */
    void moveTo(ArrowBuf buffer, int rows) {
        int length = bytes(rows);
        buffer.setBytes(0, this.bytes, 0, length);
        clear(rows);
    }

    /** Clears the bits of the first {@code rows} rows. */
    void clear(int rows) {
        Arrays.fill(this.bytes, 0, bytes(rows), (byte) 0);
    }

    private static int bytes(int rows) {
        return (rows + 7) >>> 3;
    }
}
