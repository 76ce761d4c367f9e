/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Little-endian reads and writes on byte arrays (the copy of a row packet, the staged values of a batch), and the
 * length-encoded integers of row packets.
 */
final class Bytes {

    /** The length-encoded NULL of text rows. */
    static final int NULL_MARKER = 0xFB;

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE =
        MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private Bytes() {
    }

    static short shortLE(byte[] data, int index) {
        return (short) SHORT.get(data, index);
    }

    static int intLE(byte[] data, int index) {
        return (int) INT.get(data, index);
    }

    static long longLE(byte[] data, int index) {
        return (long) LONG.get(data, index);
    }

    static void putShortLE(byte[] data, int index, short value) {
        SHORT.set(data, index, value);
    }

    static void putIntLE(byte[] data, int index, int value) {
        INT.set(data, index, value);
    }

    static void putLongLE(byte[] data, int index, long value) {
        LONG.set(data, index, value);
    }

    static float floatLE(byte[] data, int index) {
        return (float) FLOAT.get(data, index);
    }

    static double doubleLE(byte[] data, int index) {
        return (double) DOUBLE.get(data, index);
    }

    static int unsignedByte(byte[] data, int index) {
        return data[index] & 0xFF;
    }

    static int unsignedShortLE(byte[] data, int index) {
        return shortLE(data, index) & 0xFFFF;
    }

    /** @return the size of a length-encoded integer starting with {@code first} */
    static int headerSize(int first) {
        return dev.s2r.driver.internal.util.LengthEncoded.headerSize(first);
    }

    /** @return the value of the length-encoded integer at {@code index} */
    static long length(byte[] data, int index) {
        int first = data[index] & 0xFF;
        switch (first) {
            case 0xFC:
                return unsignedShortLE(data, index + 1);
            case 0xFD:
                return unsignedShortLE(data, index + 1) | (long) unsignedByte(data, index + 3) << 16;
            case 0xFE:
                return longLE(data, index + 1);
            default:
                if (first >= NULL_MARKER) {
                    throw new IllegalStateException("Malformed row: 0x" + Integer.toHexString(first)
                        + " where a length was expected");
                }
                return first;
        }
    }

    /**
     * A byte array reused for the rows of one result: each row packet is copied into it once and its fields are
     * read from there.
     */
    static final class Scratch {

        private byte[] bytes = new byte[1024];

        byte[] bytes(int length) {
            if (this.bytes.length < length) {
                this.bytes = new byte[Math.max(length, this.bytes.length * 2)];
            }
            return this.bytes;
        }
    }
}
