/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.Vector;
import dev.s2r.driver.api.VectorElementType;
import io.netty.buffer.ByteBuf;

import java.nio.ByteBuffer;
import java.util.function.Function;

/**
 * Reads VECTOR values as a primitive array ({@code float[]}, {@code double[]}, {@code short[]}, {@code int[]},
 * {@code long[]}): the default for the array's own element type, and readable from any element type that widens to
 * it without loss (see {@link VectorElementType#widensTo}). Binds the array as its packed little-endian bytes (type
 * BLOB; an {@code X'..'} literal when interpolated), which SingleStore accepts for VECTOR columns.
 * <p>
 * {@code byte[]} is not handled here: it stays the codec of raw bytes ({@link ByteArrayCodec}), which for an I8
 * vector are its elements.
 *
 * @param <T> the array type
 */
final class VectorArrayCodec<T> extends AbstractCodec<T> {

    private final VectorElementType elementType;
    private final Function<ByteBuffer, T> fromPacked;
    private final Function<Vector, T> fromVector;
    private final Function<T, Vector> toVector;

    private VectorArrayCodec(Class<T> type, VectorElementType elementType, Function<ByteBuffer, T> fromPacked,
                             Function<Vector, T> fromVector, Function<T, Vector> toVector) {
        super(type);
        this.elementType = elementType;
        this.fromPacked = fromPacked;
        this.fromVector = fromVector;
        this.toVector = toVector;
    }

    static VectorArrayCodec<float[]> floats() {
        return new VectorArrayCodec<>(float[].class, VectorElementType.F32, packed -> {
            float[] values = new float[packed.remaining() / Float.BYTES];
            packed.asFloatBuffer().get(values);
            return values;
        }, Vector::toFloatArray, Vector::of);
    }

    static VectorArrayCodec<double[]> doubles() {
        return new VectorArrayCodec<>(double[].class, VectorElementType.F64, packed -> {
            double[] values = new double[packed.remaining() / Double.BYTES];
            packed.asDoubleBuffer().get(values);
            return values;
        }, Vector::toDoubleArray, Vector::of);
    }

    static VectorArrayCodec<short[]> shorts() {
        return new VectorArrayCodec<>(short[].class, VectorElementType.I16, packed -> {
            short[] values = new short[packed.remaining() / Short.BYTES];
            packed.asShortBuffer().get(values);
            return values;
        }, Vector::toShortArray, Vector::of);
    }

    static VectorArrayCodec<int[]> ints() {
        return new VectorArrayCodec<>(int[].class, VectorElementType.I32, packed -> {
            int[] values = new int[packed.remaining() / Integer.BYTES];
            packed.asIntBuffer().get(values);
            return values;
        }, Vector::toIntArray, Vector::of);
    }

    static VectorArrayCodec<long[]> longs() {
        return new VectorArrayCodec<>(long[].class, VectorElementType.I64, packed -> {
            long[] values = new long[packed.remaining() / Long.BYTES];
            packed.asLongBuffer().get(values);
            return values;
        }, Vector::toLongArray, Vector::of);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isVector() && kind.elementType().widensTo(this.elementType);
    }

    @Override
    T decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
             CodecContext context) {
        if (column.isBinaryCharset() && kind.elementType() == this.elementType) {
            return this.fromPacked.apply(VectorFields.packed(buf, index, length, column, kind));
        }
        return this.fromVector.apply(VectorFields.read(buf, index, length, column, kind));
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == type();
    }

    @Override
    @SuppressWarnings("unchecked")
    Parameter encodeValue(Object value, CodecContext context) {
        return new BytesParameter(this.toVector.apply((T) value).toPackedBytes());
    }

    @Override
    int nullType() {
        return DataTypes.BLOB;
    }
}
