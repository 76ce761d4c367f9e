/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@link Vector} value type: factories, lossless conversions, JSON text, equality.
 */
class VectorTests {

    @Test
    void floatVectorHasF32ElementsAndItsDimensions() {
        Vector vector = Vector.of(new float[] {1.5f, -2f, 3f});

        assertThat(vector.elementType()).isEqualTo(VectorElementType.F32);
        assertThat(vector.dimensions()).isEqualTo(3);
        assertThat(vector.toFloatArray()).containsExactly(1.5f, -2f, 3f);
    }

    @Test
    void factoriesChooseTheElementTypeOfTheArray() {
        assertThat(Vector.of(new double[] {1}).elementType()).isEqualTo(VectorElementType.F64);
        assertThat(Vector.of(new byte[] {1}).elementType()).isEqualTo(VectorElementType.I8);
        assertThat(Vector.of(new short[] {1}).elementType()).isEqualTo(VectorElementType.I16);
        assertThat(Vector.of(new int[] {1}).elementType()).isEqualTo(VectorElementType.I32);
        assertThat(Vector.of(new long[] {1}).elementType()).isEqualTo(VectorElementType.I64);
        assertThat(Vector.ofFloat16(new float[] {1}).elementType()).isEqualTo(VectorElementType.F16);
    }

    @Test
    void packedBytesAreLittleEndian() {
        assertThat(Vector.of(new int[] {1, -2}).toPackedBytes())
            .containsExactly(1, 0, 0, 0, 0xFE, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void byteBufferViewIsReadOnlyLittleEndian() {
        ByteBuffer view = Vector.of(new short[] {258}).asByteBuffer();

        assertThat(view.isReadOnly()).isTrue();
        assertThat(view.order()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
        assertThat(view.getShort(0)).isEqualTo((short) 258);
    }

    @Test
    void theVectorDoesNotShareTheFactoryArray() {
        float[] values = {1f};
        Vector vector = Vector.of(values);
        values[0] = 2f;

        assertThat(vector.toFloatArray()).containsExactly(1f);
    }

    @Test
    void fromPackedBytesReadsTheElements() {
        Vector vector = Vector.fromPackedBytes(VectorElementType.I16, new byte[] {1, 0, (byte) 0xFF, (byte) 0xFF});

        assertThat(vector.toShortArray()).containsExactly((short) 1, (short) -1);
    }

    @Test
    void fromPackedBytesRejectsAPartialElement() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Vector.fromPackedBytes(VectorElementType.F32, new byte[6]))
            .withMessage("6 bytes are not a whole number of F32 elements of 4 bytes");
    }

    @Test
    void fromPackedBytesLeavesTheBufferPositionAlone() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {7, 8});

        Vector.fromPackedBytes(VectorElementType.I8, buffer);

        assertThat(buffer.position()).isZero();
    }

    @Test
    void integersWidenLosslessly() {
        Vector vector = Vector.of(new byte[] {-1, -4, 8});

        assertThat(vector.toShortArray()).containsExactly((short) -1, (short) -4, (short) 8);
        assertThat(vector.toIntArray()).containsExactly(-1, -4, 8);
        assertThat(vector.toLongArray()).containsExactly(-1, -4, 8);
        assertThat(vector.toFloatArray()).containsExactly(-1f, -4f, 8f);
        assertThat(vector.toDoubleArray()).containsExactly(-1, -4, 8);
    }

    @Test
    void narrowingIsUnsupported() {
        assertThatThrownBy(() -> Vector.of(new double[] {0.1}).toFloatArray())
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessage("A VECTOR of F64 elements cannot be read as float[] without loss");
        assertThatThrownBy(() -> Vector.of(new long[] {1}).toDoubleArray())
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Vector.of(new float[] {1}).toIntArray())
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Vector.of(new short[] {1}).toByteArray())
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void float16RoundsToTheNearestHalf() {
        Vector vector = Vector.ofFloat16(new float[] {0.267f, 1f, 65504f, 1e-8f});

        assertThat(vector.toPackedBytes()).containsExactly(0x46, 0x34, 0x00, 0x3C, 0xFF, 0x7B, 0x00, 0x00);
        assertThat(vector.toFloatArray()).containsExactly(0.26708984375f, 1f, 65504f, 0f);
    }

    @Test
    void float16KeepsInfinitiesSubnormalsAndNaN() {
        Vector vector = Vector.ofFloat16(new float[] {Float.POSITIVE_INFINITY, 70000f, 0x1p-24f, Float.NaN, -0f});

        float[] values = vector.toFloatArray();
        assertThat(values[0]).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(values[1]).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(values[2]).isEqualTo(0x1p-24f);
        assertThat(values[3]).isNaN();
        assertThat(Float.floatToRawIntBits(values[4])).isEqualTo(Float.floatToRawIntBits(-0f));
    }

    @Test
    void float16TiesRoundToEven() {
        float halfwayAboveOne = 1f + 0x1p-11f;
        float halfwayAboveNextHalf = 1f + 3 * 0x1p-11f;

        assertThat(Vector.ofFloat16(new float[] {halfwayAboveOne, halfwayAboveNextHalf}).toFloatArray())
            .containsExactly(1f, 1f + 0x1p-9f);
    }

    @Test
    void toStringIsAJsonArray() {
        assertThat(Vector.of(new int[] {1, -2, 3})).hasToString("[1,-2,3]");
        assertThat(Vector.of(new float[] {0.5f, 2f})).hasToString("[0.5,2.0]");
        assertThat(Vector.of(new double[0])).hasToString("[]");
    }

    @Test
    void equalVectorsHaveTheSameElementTypeAndElements() {
        assertThat(Vector.of(new float[] {1f, 2f})).isEqualTo(Vector.of(new float[] {1f, 2f}))
            .hasSameHashCodeAs(Vector.of(new float[] {1f, 2f}));
        assertThat(Vector.of(new int[] {1})).isNotEqualTo(Vector.of(new float[] {Float.intBitsToFloat(1)}));
    }

    @ParameterizedTest
    @EnumSource(VectorElementType.class)
    void elementTypesAreFoundByTheirMetadataCode(VectorElementType type) {
        assertThat(VectorElementType.fromCode(type.code())).isEqualTo(type);
    }

    @Test
    void unknownElementTypeCodeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> VectorElementType.fromCode(8))
            .withMessage("Unknown VECTOR element type code 8");
    }
}
