/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.Vector;
import dev.s2r.driver.test.VectorTables;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.Test;

import static dev.s2r.driver.internal.codec.Fixtures.CODECS;
import static dev.s2r.driver.internal.codec.Fixtures.binary;
import static dev.s2r.driver.internal.codec.Fixtures.encode;
import static dev.s2r.driver.internal.codec.Fixtures.literal;
import static dev.s2r.driver.test.WirePackets.hex;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vector bind values: primitive arrays and {@link Vector}s are sent as their packed little-endian elements, type
 * BLOB, length-encoded in {@code COM_STMT_EXECUTE} and as an {@code X'..'} literal when interpolated. The expected
 * bytes are the binary projection of the Python SDK's tables ({@link VectorTables}), written out as hex.
 */
class VectorBindingTests {

    private static final float[] F32_ROW = {0.267261237f, 0.534522474f, 0.801783681f};
    private static final double[] F64_ROW = {0.267261237, 0.534522474, 0.801783681};

    @Test
    void floatArrayIsPackedLittleEndianBlob() {
        Parameter parameter = encode(F32_ROW);

        assertThat(parameter.type()).isEqualTo(DataTypes.BLOB);
        assertThat(binary(parameter)).isEqualTo(lengthEncoded(VectorTables.F32.field(0, true)));
        assertThat(literal(parameter, false)).isEqualTo("X'77D6883E77D6083FB2414D3F'");
    }

    @Test
    void doubleArrayIsPackedLittleEndianBlob() {
        Parameter parameter = encode(F64_ROW);

        assertThat(parameter.type()).isEqualTo(DataTypes.BLOB);
        assertThat(binary(parameter)).isEqualTo(lengthEncoded(VectorTables.F64.field(0, true)));
        assertThat(literal(parameter, false)).isEqualTo("X'07D319E0CE1AD13F07D319E0CE1AE13F61910B4036A8E93F'");
    }

    @Test
    void shortArrayIsPackedLittleEndianBlob() {
        Parameter parameter = encode(new short[] {-1, -4, 8});

        assertThat(binary(parameter)).isEqualTo(lengthEncoded(hex("fffffcff0800")));
        assertThat(literal(parameter, true)).isEqualTo("X'FFFFFCFF0800'");
    }

    @Test
    void intArrayIsPackedLittleEndianBlob() {
        Parameter parameter = encode(new int[] {-1, -4, 8});

        assertThat(binary(parameter)).isEqualTo(lengthEncoded(hex("fffffffffcffffff08000000")));
        assertThat(literal(parameter, false)).isEqualTo("X'FFFFFFFFFCFFFFFF08000000'");
    }

    @Test
    void longArrayIsPackedLittleEndianBlob() {
        Parameter parameter = encode(new long[] {1, 2, 3});

        assertThat(binary(parameter)).isEqualTo(lengthEncoded(VectorTables.I64.field(0, true)));
        assertThat(literal(parameter, false))
            .isEqualTo("X'010000000000000002000000000000000300000000000000'");
    }

    @Test
    void byteArrayStaysRawBlobBytes() {
        Parameter parameter = encode(new byte[] {-1, -4, 8});

        assertThat(binary(parameter)).isEqualTo(lengthEncoded(VectorTables.I8.field(2, true)));
        assertThat(literal(parameter, false)).isEqualTo("X'FFFC08'");
    }

    @Test
    void vectorIsItsPackedBytes() {
        Parameter parameter = encode(Vector.ofFloat16(new float[] {0.267f, 0.535f, 0.802f}));

        assertThat(parameter.type()).isEqualTo(DataTypes.BLOB);
        assertThat(binary(parameter)).isEqualTo(lengthEncoded(VectorTables.F16.field(0, true)));
        assertThat(literal(parameter, false)).isEqualTo("X'463448386A3A'");
    }

    @Test
    void emptyArrayIsAnEmptyBlob() {
        Parameter parameter = encode(new float[0]);

        assertThat(binary(parameter)).containsExactly(0);
        assertThat(literal(parameter, false)).isEqualTo("X''");
    }

    @Test
    void boundArrayIsCopiedAtBindTime() {
        float[] values = {1f, 2f};
        Parameter parameter = encode(values);
        values[0] = 9f;

        assertThat(binary(parameter)).isEqualTo(lengthEncoded(Vector.of(new float[] {1f, 2f}).toPackedBytes()));
    }

    @Test
    void jsonArrayStringPassesThroughAsAString() {
        Parameter parameter = encode("[0.1,0.2,0.3]");

        assertThat(parameter.type()).isEqualTo(DataTypes.VAR_STRING);
        assertThat(literal(parameter, false)).isEqualTo("'[0.1,0.2,0.3]'");
    }

    @Test
    void typedNullOfAVectorTypeIsBlob() {
        assertThat(CODECS.encodeNull(float[].class).type()).isEqualTo(DataTypes.BLOB);
        assertThat(CODECS.encodeNull(long[].class).type()).isEqualTo(DataTypes.BLOB);
        assertThat(CODECS.encodeNull(Vector.class).type()).isEqualTo(DataTypes.BLOB);
    }

    @Test
    void bsonDocumentIsItsEncodedBytes() {
        Parameter parameter = encode(new BsonDocument("a", new BsonInt32(1)));

        assertThat(parameter.type()).isEqualTo(DataTypes.BLOB);
        assertThat(literal(parameter, false)).isEqualTo("X'0C0000001061000100000000'");
    }

    private static byte[] lengthEncoded(byte[] bytes) {
        byte[] out = new byte[bytes.length + 1];
        out[0] = (byte) bytes.length;
        System.arraycopy(bytes, 0, out, 1, bytes.length);
        return out;
    }
}
