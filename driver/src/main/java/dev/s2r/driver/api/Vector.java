/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An immutable SingleStore {@code VECTOR} value: an element type and its elements, held in the packed
 * little-endian form the server stores and sends in the binary projection.
 * <p>
 * The {@code to...Array()} accessors convert only where every element is represented exactly (see
 * {@link VectorElementType#widensTo}):
 * <table>
 *   <caption>Accessors by element type</caption>
 *   <tr><th>accessor</th><th>element types</th></tr>
 *   <tr><td>{@link #toFloatArray()}</td><td>F32, F16, I8, I16</td></tr>
 *   <tr><td>{@link #toDoubleArray()}</td><td>F64, F32, F16, I8, I16, I32</td></tr>
 *   <tr><td>{@link #toByteArray()}</td><td>I8</td></tr>
 *   <tr><td>{@link #toShortArray()}</td><td>I16, I8</td></tr>
 *   <tr><td>{@link #toIntArray()}</td><td>I32, I16, I8</td></tr>
 *   <tr><td>{@link #toLongArray()}</td><td>I64, I32, I16, I8</td></tr>
 * </table>
 * Any other combination throws {@link UnsupportedOperationException}. {@link #toPackedBytes()} and
 * {@link #asByteBuffer()} work for every element type.
 * <p>
 * Bound as a statement parameter, a vector is sent as its packed bytes, which a {@code VECTOR} column of the same
 * element type and dimensions accepts.
 */
public final class Vector {

    private final VectorElementType elementType;
    private final byte[] packed;

    private Vector(VectorElementType elementType, byte[] packed) {
        this.elementType = elementType;
        this.packed = packed;
    }

    /**
     * @param values the elements (copied)
     * @return an F32 vector
     */
    public static Vector of(float[] values) {
        ByteBuffer out = allocate(values.length, VectorElementType.F32);
        out.asFloatBuffer().put(values);
        return new Vector(VectorElementType.F32, out.array());
    }

    /**
     * @param values the elements (copied)
     * @return an F64 vector
     */
    public static Vector of(double[] values) {
        ByteBuffer out = allocate(values.length, VectorElementType.F64);
        out.asDoubleBuffer().put(values);
        return new Vector(VectorElementType.F64, out.array());
    }

    /**
     * @param values the elements (copied)
     * @return an I8 vector
     */
    public static Vector of(byte[] values) {
        return new Vector(VectorElementType.I8, values.clone());
    }

    /**
     * @param values the elements (copied)
     * @return an I16 vector
     */
    public static Vector of(short[] values) {
        ByteBuffer out = allocate(values.length, VectorElementType.I16);
        out.asShortBuffer().put(values);
        return new Vector(VectorElementType.I16, out.array());
    }

    /**
     * @param values the elements (copied)
     * @return an I32 vector
     */
    public static Vector of(int[] values) {
        ByteBuffer out = allocate(values.length, VectorElementType.I32);
        out.asIntBuffer().put(values);
        return new Vector(VectorElementType.I32, out.array());
    }

    /**
     * @param values the elements (copied)
     * @return an I64 vector
     */
    public static Vector of(long[] values) {
        ByteBuffer out = allocate(values.length, VectorElementType.I64);
        out.asLongBuffer().put(values);
        return new Vector(VectorElementType.I64, out.array());
    }

    /**
     * Creates an F16 vector, rounding each value to the nearest half-precision number (ties to even); values
     * beyond the half range (about ±65504) become infinite.
     *
     * @param values the elements
     * @return an F16 vector
     */
    public static Vector ofFloat16(float[] values) {
        ByteBuffer out = allocate(values.length, VectorElementType.F16);
        for (float value : values) {
            out.putShort(Float16.fromFloat(value));
        }
        return new Vector(VectorElementType.F16, out.array());
    }

    /**
     * Creates a vector from its packed little-endian form.
     *
     * @param elementType the element type
     * @param littleEndian the packed elements (copied)
     * @return the vector
     * @throws IllegalArgumentException when the length is not a multiple of the element size
     */
    public static Vector fromPackedBytes(VectorElementType elementType, byte[] littleEndian) {
        return fromPackedBytes(elementType, ByteBuffer.wrap(littleEndian));
    }

    /**
     * Creates a vector from the remaining bytes of a buffer in packed little-endian form, without moving the
     * buffer's position.
     *
     * @param elementType the element type
     * @param littleEndian the packed elements (copied)
     * @return the vector
     * @throws IllegalArgumentException when the number of bytes is not a multiple of the element size
     */
    public static Vector fromPackedBytes(VectorElementType elementType, ByteBuffer littleEndian) {
        Arguments.notNull(elementType, "elementType");
        int length = littleEndian.remaining();
        if (length % elementType.size() != 0) {
            throw new IllegalArgumentException(length + " bytes are not a whole number of " + elementType
                + " elements of " + elementType.size() + " bytes");
        }
        byte[] bytes = new byte[length];
        littleEndian.duplicate().get(bytes);
        return new Vector(elementType, bytes);
    }

    /** @return the element type */
    public VectorElementType elementType() {
        return this.elementType;
    }

    /** @return the number of elements */
    public int dimensions() {
        return this.packed.length / this.elementType.size();
    }

    /**
     * @return the elements as floats (F32, and exactly widened from F16, I8, I16)
     * @throws UnsupportedOperationException for F64, I32 and I64 vectors
     */
    public float[] toFloatArray() {
        requireWidening(VectorElementType.F32, "float[]");
        float[] values = new float[dimensions()];
        ByteBuffer view = view();
        if (this.elementType == VectorElementType.F32) {
            view.asFloatBuffer().get(values);
            return values;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = this.elementType == VectorElementType.F16 ? Float16.toFloat(view.getShort(i * 2))
                : integer(view, i);
        }
        return values;
    }

    /**
     * @return the elements as doubles (F64, and exactly widened from F32, F16, I8, I16, I32)
     * @throws UnsupportedOperationException for I64 vectors
     */
    public double[] toDoubleArray() {
        requireWidening(VectorElementType.F64, "double[]");
        double[] values = new double[dimensions()];
        switch (this.elementType) {
            case F64:
                view().asDoubleBuffer().get(values);
                break;
            case F32:
            case F16:
                float[] floats = toFloatArray();
                for (int i = 0; i < values.length; i++) {
                    values[i] = floats[i];
                }
                break;
            default:
                ByteBuffer view = view();
                for (int i = 0; i < values.length; i++) {
                    values[i] = integer(view, i);
                }
        }
        return values;
    }

    /**
     * @return the elements of an I8 vector (equal to its packed bytes)
     * @throws UnsupportedOperationException for other element types
     */
    public byte[] toByteArray() {
        requireWidening(VectorElementType.I8, "byte[]");
        return this.packed.clone();
    }

    /**
     * @return the elements as shorts (I16, and widened from I8)
     * @throws UnsupportedOperationException for other element types
     */
    public short[] toShortArray() {
        requireWidening(VectorElementType.I16, "short[]");
        short[] values = new short[dimensions()];
        ByteBuffer view = view();
        for (int i = 0; i < values.length; i++) {
            values[i] = (short) integer(view, i);
        }
        return values;
    }

    /**
     * @return the elements as ints (I32, and widened from I8, I16)
     * @throws UnsupportedOperationException for other element types
     */
    public int[] toIntArray() {
        requireWidening(VectorElementType.I32, "int[]");
        int[] values = new int[dimensions()];
        ByteBuffer view = view();
        for (int i = 0; i < values.length; i++) {
            values[i] = (int) integer(view, i);
        }
        return values;
    }

    /**
     * @return the elements as longs (I64, and widened from I8, I16, I32)
     * @throws UnsupportedOperationException for floating-point vectors
     */
    public long[] toLongArray() {
        requireWidening(VectorElementType.I64, "long[]");
        long[] values = new long[dimensions()];
        ByteBuffer view = view();
        for (int i = 0; i < values.length; i++) {
            values[i] = integer(view, i);
        }
        return values;
    }

    /**
     * @return a copy of the packed little-endian elements
     */
    public byte[] toPackedBytes() {
        return this.packed.clone();
    }

    /**
     * @return a read-only little-endian view of the packed elements
     */
    public ByteBuffer asByteBuffer() {
        return view().asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * @return the elements as a JSON array, e.g. {@code [0.26726124,0.5345225,0.8017837]} or {@code [1,2,3]}
     * (floating-point elements in Java's shortest round-trip form, as {@code Float.toString} and
     * {@code Double.toString} write them)
     */
    @Override
    public String toString() {
        int dimensions = dimensions();
        StringBuilder json = new StringBuilder(2 + dimensions * 8).append('[');
        ByteBuffer view = view();
        for (int i = 0; i < dimensions; i++) {
            if (i > 0) {
                json.append(',');
            }
            appendElement(json, view, i);
        }
        return json.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Vector)) {
            return false;
        }
        Vector that = (Vector) o;
        return this.elementType == that.elementType && Arrays.equals(this.packed, that.packed);
    }

    @Override
    public int hashCode() {
        return 31 * this.elementType.hashCode() + Arrays.hashCode(this.packed);
    }

    private void appendElement(StringBuilder json, ByteBuffer view, int i) {
        switch (this.elementType) {
            case F32:
                json.append(view.getFloat(i * 4));
                break;
            case F64:
                json.append(view.getDouble(i * 8));
                break;
            case F16:
                json.append(Float16.toFloat(view.getShort(i * 2)));
                break;
            default:
                json.append(integer(view, i));
        }
    }

    /** Reads element {@code i} of an integer vector. */
    private long integer(ByteBuffer view, int i) {
        switch (this.elementType) {
            case I8:
                return view.get(i);
            case I16:
                return view.getShort(i * 2);
            case I32:
                return view.getInt(i * 4);
            default:
                return view.getLong(i * 8);
        }
    }

    private ByteBuffer view() {
        return ByteBuffer.wrap(this.packed).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void requireWidening(VectorElementType target, String javaType) {
        if (!this.elementType.widensTo(target)) {
            throw new UnsupportedOperationException("A VECTOR of " + this.elementType + " elements cannot be read as "
                + javaType + " without loss");
        }
    }

    private static ByteBuffer allocate(int dimensions, VectorElementType elementType) {
        return ByteBuffer.allocate(dimensions * elementType.size()).order(ByteOrder.LITTLE_ENDIAN);
    }
}
