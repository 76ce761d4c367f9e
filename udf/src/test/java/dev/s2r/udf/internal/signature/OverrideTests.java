/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.driver.api.Vector;
import dev.s2r.udf.api.Arg;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static dev.s2r.udf.internal.signature.Batches.call;
import static dev.s2r.udf.internal.signature.Batches.list;
import static dev.s2r.udf.internal.signature.Batches.row;
import static dev.s2r.udf.internal.signature.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQL type overrides: emitted verbatim, nullability split off, unsigned and vector types, and refusals. */
class OverrideTests {

    /** Functions with overrides. */
    public static final class Overrides {
        @Udf(returns = "BIGINT UNSIGNED NOT NULL")
        public static long unsigned(@Arg(type = "BIGINT UNSIGNED") long v) { return v; }

        @Udf public static long smallUnsigned(@Arg(type = "tinyint unsigned") int v) { return v; }

        @Udf public static String varchar(@Arg(type = "VARCHAR(20) CHARACTER SET utf8mb4 NOT NULL") String v) {
            return v;
        }

        @Udf public static Long nullableOverride(@Arg(type = "BIGINT NULL") Long v) { return v; }

        @Udf public static String jsonText(@Arg(type = "JSON") String v) { return v; }

        @Udf(returns = "VECTOR(2, F64)")
        public static double[] doubleVector(@Arg(type = "VECTOR(2, F64)") double[] v) {
            return new double[] {v[1], v[0]};
        }

        @Udf public static float first(@Arg(type = "VECTOR(3)") float[] v) { return v[0]; }

        @Udf(returns = "VECTOR(2, I8)")
        public static Vector int8Vector(@Arg(type = "VECTOR(2, I8) NOT NULL") Vector v) { return v; }

        @Udf public static Vector defaultVector(@Arg(type = "VECTOR(2, I8)") Vector v) { return v; }

        @Udf public static long primitiveNull(@Arg(type = "BIGINT NULL") long v) { return v; }

        @Udf public static long narrowing(@Arg(type = "DOUBLE") long v) { return v; }

        @Udf public static int intUnsigned(@Arg(type = "INT UNSIGNED") int v) { return v; }

        @Udf public static long unknown(@Arg(type = "GEOGRAPHY") long v) { return v; }

        @Udf public static long injected(@Arg(type = "BIGINT DEFAULT 1") long v) { return v; }

        @Udf public static double noVectorOverride(double[] v, @Arg(type = "VECTOR(2)") float[] w) { return 0; }

        @Udf(returns = "TEXT NOT NULL") public static String lost(String v) { return null; }

        @Udf public static double wrongElements(@Arg(type = "VECTOR(2)") double[] v) { return 0; }
    }

    @Test
    void unsignedOverrideMapsToTheUnsignedWireTypeAndKeepsTheRawBits() {
        FunctionSpec spec = spec(Overrides.class, "unsigned");

        assertThat(spec.args().get(0).wire()).isEqualTo(WireType.UINT64);
        assertThat(spec.returns().get(0).wire()).isEqualTo(WireType.UINT64);
        assertThat(call(spec, row(1, -1L))).containsExactly(list(1L, -1L));
    }

    @Test
    void narrowUnsignedOverrideMapsToItsUnsignedWireType() {
        assertThat(spec(Overrides.class, "smallUnsigned").args().get(0).wire()).isEqualTo(WireType.UINT8);
    }

    @Test
    void overrideIsEmittedVerbatimWithItsNullabilitySplitOff() {
        ArgSpec arg = spec(Overrides.class, "varchar").args().get(0);

        assertThat(list(arg.sqlType(), arg.wire(), arg.nullable()))
            .containsExactly("VARCHAR(20) CHARACTER SET utf8mb4", WireType.STRING, false);
    }

    @Test
    void trailingNullMakesTheParameterNullable() {
        ArgSpec arg = spec(Overrides.class, "nullableOverride").args().get(0);

        assertThat(list(arg.sqlType(), arg.nullable())).containsExactly("BIGINT", true);
    }

    @Test
    void stringWithJsonOverrideTravelsAsJsonText() {
        FunctionSpec spec = spec(Overrides.class, "jsonText");

        assertThat(spec.args().get(0).wire()).isEqualTo(WireType.JSON);
        assertThat(call(spec, row(1, "[1]"))).containsExactly(list(1L, "[1]"));
    }

    @Test
    void doubleArrayWithF64VectorOverrideIsAVectorPackedLittleEndian() {
        FunctionSpec spec = spec(Overrides.class, "doubleVector");
        byte[] in = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(1.5).putDouble(2.5).array();
        byte[] out = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(2.5).putDouble(1.5).array();

        assertThat(spec.args().get(0).sqlType()).isEqualTo("VECTOR(2, F64)");
        assertThat(spec.returns().get(0).wire()).isEqualTo(WireType.BINARY);
        assertThat(call(spec, row(1, in)).get(0).get(1)).isEqualTo(out);
    }

    @Test
    void floatArrayWithVectorOverrideReadsF32Elements() {
        byte[] in = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.25f).putFloat(1).putFloat(2)
            .array();

        assertThat(call(spec(Overrides.class, "first"), row(1, in))).containsExactly(list(1L, 0.25));
    }

    @Test
    void vectorOfTheWrongByteLengthFailsTheCall() {
        assertThatThrownBy(() -> call(spec(Overrides.class, "first"), row(1, new byte[8])))
            .hasMessageContaining("VECTOR(3, F32)").hasMessageContaining("8 bytes, not 12");
    }

    @Test
    void vectorOverrideNamesTheElementTypeOfADriverVector() {
        FunctionSpec spec = spec(Overrides.class, "int8Vector");
        ColumnSpec result = spec.returns().get(0);

        assertThat(spec.args().get(0).nullable()).isFalse();
        assertThat(call(spec, row(1, new byte[] {-1, 2})).get(0).get(1)).isEqualTo(new byte[] {-1, 2});
        assertThat(result.sqlType()).isEqualTo("VECTOR(2, I8)");
    }

    @Test
    void vectorResultWithoutOverrideIsAnF32BlobAndRefusesOtherElementTypes() {
        FunctionSpec spec = spec(Overrides.class, "defaultVector");

        assertThat(spec.returns().get(0).sqlType()).isEqualTo("BLOB");
        assertThatThrownBy(() -> call(spec, row(1, new byte[] {1, 2})))
            .hasMessageContaining("a vector of I8 elements for the result of Overrides.defaultVector of F32");
    }

    @Test
    void nullResultInANotNullColumnFailsTheCall() {
        FunctionSpec spec = spec(Overrides.class, "lost");

        assertThat(spec.returns().get(0).nullable()).isFalse();
        assertThatThrownBy(() -> call(spec, row(1, "x"))).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("null for the NOT NULL result of Overrides.lost");
    }

    @Test
    void primitiveParameterCannotBeDeclaredNullable() {
        assertThatThrownBy(() -> spec(Overrides.class, "primitiveNull"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Overrides.primitiveNull, parameter arg0")
            .hasMessageContaining("boxed type or Optional");
    }

    @Test
    void overrideTheJavaTypeCannotHoldFailsAtRegistration() {
        assertThatThrownBy(() -> spec(Overrides.class, "narrowing"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Overrides.narrowing, parameter arg0: long cannot hold the SQL type 'DOUBLE'");
    }

    @Test
    void intCannotHoldIntUnsigned() {
        assertThatThrownBy(() -> spec(Overrides.class, "intUnsigned"))
            .hasMessageContaining("Overrides.intUnsigned, parameter arg0: int cannot hold");
    }

    @Test
    void overrideWithoutAWireTypeFailsAtRegistration() {
        assertThatThrownBy(() -> spec(Overrides.class, "unknown"))
            .hasMessageContaining("Overrides.unknown, parameter arg0: the SQL type 'GEOGRAPHY' has no wire");
    }

    @Test
    void overrideCarryingMoreThanATypeIsRefused() {
        assertThatThrownBy(() -> spec(Overrides.class, "injected"))
            .hasMessageContaining("Overrides.injected, parameter arg0").hasMessageContaining("a type only");
    }

    @Test
    void doubleArrayWithoutVectorOverrideInAScalarFunctionFails() {
        assertThatThrownBy(() -> spec(Overrides.class, "noVectorOverride"))
            .hasMessageContaining("Overrides.noVectorOverride, parameter arg0: double[] is a vector only with a "
                + "VECTOR(n) type override");
    }

    @Test
    void doubleArrayVectorMustHaveF64Elements() {
        assertThatThrownBy(() -> spec(Overrides.class, "wrongElements"))
            .hasMessageContaining("Overrides.wrongElements, parameter arg0: double[] is a vector only with a "
                + "VECTOR(n, F64)");
    }
}
