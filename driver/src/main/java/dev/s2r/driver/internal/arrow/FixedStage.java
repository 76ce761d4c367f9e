/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import org.apache.arrow.vector.BaseFixedWidthVector;

import java.util.Arrays;

/**
 * The values of one fixed-width column for the batch being filled, staged little-endian in a heap array with their
 * validity: a value is a plain array store, and the vector is allocated and filled with two bulk copies when the
 * batch is emitted ({@link #moveTo}). A row never written stays null.
 */
final class FixedStage {

    private final int width;
    private final Bits validity = new Bits();
    private byte[] values = new byte[0];

    /** @param width the bytes of one value */
    FixedStage(int width) {
        this.width = width;
    }

    /** Makes room for {@code rows} rows, keeping the values staged so far. */
    void capacity(int rows) {
        long needed = (long) rows * this.width;
        if (this.values.length < needed) {
            this.values = Arrays.copyOf(this.values, Math.toIntExact(needed));
        }
        this.validity.capacity(rows);
    }

    void putByte(int row, byte value) {
        this.values[row] = value;
        this.validity.set(row);
    }

    void putShort(int row, short value) {
        Bytes.putShortLE(this.values, row << 1, value);
        this.validity.set(row);
    }

    void putInt(int row, int value) {
        Bytes.putIntLE(this.values, row << 2, value);
        this.validity.set(row);
    }

    void putLong(int row, long value) {
        Bytes.putLongLE(this.values, row << 3, value);
        this.validity.set(row);
    }

    void putFloat(int row, float value) {
        putInt(row, Float.floatToRawIntBits(value));
    }

    void putDouble(int row, double value) {
        putLong(row, Double.doubleToRawLongBits(value));
    }

    /** Stores a {@code long} sign-extended to the full width (16 or 32 bytes: a decimal's unscaled value). */
    void putWideLong(int row, long value) {
        int at = row * this.width;
        Bytes.putLongLE(this.values, at, value);
        long sign = value >> 63;
        for (int i = 8; i < this.width; i += 8) {
            Bytes.putLongLE(this.values, at + i, sign);
        }
        this.validity.set(row);
    }

    /**
     * Stores a two's complement integer given big-endian (as {@link java.math.BigInteger#toByteArray()} gives it),
     * sign-extended to the full width.
     *
     * @return {@code false}, storing nothing, when it needs more than the width
     */
    boolean putBigEndian(int row, byte[] bigEndian) {
        if (bigEndian.length > this.width) {
            return false;
        }
        int at = row * this.width;
        byte sign = bigEndian[0] < 0 ? (byte) -1 : 0;
        for (int i = 0; i < this.width; i++) {
            this.values[at + i] = i < bigEndian.length ? bigEndian[bigEndian.length - 1 - i] : sign;
        }
        this.validity.set(row);
        return true;
    }

    /**
     * Allocates the vector for {@code rows} rows, copies the staged values and their validity into it, and clears
     * the stage for the next batch.
     */
    void moveTo(BaseFixedWidthVector vector, int rows) {
        vector.setInitialCapacity(Math.max(rows, 1));
        vector.allocateNew();
        vector.getDataBuffer().setBytes(0, this.values, 0, (long) rows * this.width);
        this.validity.moveTo(vector.getValidityBuffer(), rows);
        vector.setValueCount(rows);
    }
}
