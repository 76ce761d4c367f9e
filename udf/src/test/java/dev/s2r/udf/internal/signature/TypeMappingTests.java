/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.driver.api.Vector;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import static dev.s2r.udf.internal.signature.Batches.call;
import static dev.s2r.udf.internal.signature.Batches.list;
import static dev.s2r.udf.internal.signature.Batches.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default SQL type, wire type and nullability of every supported Java type, and values through them. */
class TypeMappingTests {

    /** One identity function per Java type. */
    public static final class Identity {
        @Udf public static long primitiveLong(long v) { return v; }
        @Udf public static Long boxedLong(Long v) { return v; }
        @Udf public static int primitiveInt(int v) { return v; }
        @Udf public static Integer boxedInt(Integer v) { return v; }
        @Udf public static short primitiveShort(short v) { return v; }
        @Udf public static Short boxedShort(Short v) { return v; }
        @Udf public static byte primitiveByte(byte v) { return v; }
        @Udf public static Byte boxedByte(Byte v) { return v; }
        @Udf public static boolean primitiveBoolean(boolean v) { return v; }
        @Udf public static Boolean boxedBoolean(Boolean v) { return v; }
        @Udf public static double primitiveDouble(double v) { return v; }
        @Udf public static Double boxedDouble(Double v) { return v; }
        @Udf public static float primitiveFloat(float v) { return v; }
        @Udf public static Float boxedFloat(Float v) { return v; }
        @Udf public static String string(String v) { return v; }
        @Udf public static byte[] bytes(byte[] v) { return v; }
        @Udf public static ByteBuffer byteBuffer(ByteBuffer v) { return v; }
        @Udf public static BigDecimal decimal(BigDecimal v) { return v; }
        @Udf public static LocalDate date(LocalDate v) { return v; }
        @Udf public static LocalDateTime datetime(LocalDateTime v) { return v; }
        @Udf public static Duration time(Duration v) { return v; }
        @Udf public static JsonNode json(JsonNode v) { return v; }
        @Udf public static Vector vector(Vector v) { return v; }
        @Udf public static Optional<Long> optionalLong(Optional<Long> v) { return v; }
        @Udf public static Optional<String> optionalString(Optional<String> v) { return v; }
        @Udf public static long localTime(java.time.LocalTime v) { return 0; }
    }

    @ParameterizedTest(name = "{0}: {1} {2} nullable={3}")
    @CsvSource({
        "primitiveLong, BIGINT, INT64, false",
        "boxedLong, BIGINT, INT64, true",
        "primitiveInt, INT, INT32, false",
        "boxedInt, INT, INT32, true",
        "primitiveShort, SMALLINT, INT16, false",
        "boxedShort, SMALLINT, INT16, true",
        "primitiveByte, TINYINT, INT8, false",
        "boxedByte, TINYINT, INT8, true",
        "primitiveBoolean, BOOL, BOOL, false",
        "boxedBoolean, BOOL, BOOL, true",
        "primitiveDouble, DOUBLE, FLOAT64, false",
        "boxedDouble, DOUBLE, FLOAT64, true",
        "primitiveFloat, FLOAT, FLOAT32, false",
        "boxedFloat, FLOAT, FLOAT32, true",
        "string, TEXT, STRING, true",
        "bytes, BLOB, BINARY, true",
        "byteBuffer, BLOB, BINARY, true",
        "'decimal', 'DECIMAL(38, 10)', DECIMAL, true",
        "date, DATE, DATE, true",
        "datetime, DATETIME(6), DATETIME, true",
        "time, TIME(6), TIME, true",
        "json, JSON, JSON, true",
        "vector, BLOB, BINARY, true",
        "optionalLong, BIGINT, INT64, true",
        "optionalString, TEXT, STRING, true",
    })
    void javaTypeMapsToSqlTypeWireTypeAndNullability(String method, String sql, WireType wire, boolean nullable) {
        FunctionSpec spec = Fixtures.spec(Identity.class, method);

        ArgSpec arg = spec.args().get(0);
        ColumnSpec result = spec.returns().get(0);
        assertThat(list(arg.sqlType(), arg.wire(), arg.nullable())).containsExactly(sql, wire, nullable);
        assertThat(list(result.sqlType(), result.wire(), result.nullable())).containsExactly(sql, wire, nullable);
    }

    @Test
    void integersTravelAsTheirValue() {
        assertThat(call(Fixtures.spec(Identity.class, "primitiveLong"), row(7, Long.MIN_VALUE)))
            .containsExactly(list(7L, Long.MIN_VALUE));
        assertThat(call(Fixtures.spec(Identity.class, "primitiveInt"), row(1, -5L))).containsExactly(list(1L, -5L));
        assertThat(call(Fixtures.spec(Identity.class, "primitiveShort"), row(1, 300L)))
            .containsExactly(list(1L, 300L));
        assertThat(call(Fixtures.spec(Identity.class, "primitiveByte"), row(1, -8L))).containsExactly(list(1L, -8L));
    }

    @Test
    void booleansTravelAsOneAndZero() {
        assertThat(call(Fixtures.spec(Identity.class, "primitiveBoolean"), row(1, 1L), row(2, 0L)))
            .containsExactly(list(1L, 1L), list(2L, 0L));
    }

    @Test
    void floatingPointTravelsAsDouble() {
        assertThat(call(Fixtures.spec(Identity.class, "primitiveDouble"), row(1, 2.5))).containsExactly(list(1L, 2.5));
        assertThat(call(Fixtures.spec(Identity.class, "primitiveFloat"), row(1, 0.5))).containsExactly(list(1L, 0.5));
    }

    @Test
    void objectValuesTravelAsThemselves() {
        LocalDateTime at = LocalDateTime.of(2026, 1, 2, 3, 4, 5, 6000);
        assertThat(call(Fixtures.spec(Identity.class, "string"), row(1, "é"))).containsExactly(list(1L, "é"));
        assertThat(call(Fixtures.spec(Identity.class, "decimal"), row(1, new BigDecimal("1.25"))))
            .containsExactly(list(1L, new BigDecimal("1.25")));
        assertThat(call(Fixtures.spec(Identity.class, "date"), row(1, LocalDate.of(2026, 2, 3))))
            .containsExactly(list(1L, LocalDate.of(2026, 2, 3)));
        assertThat(call(Fixtures.spec(Identity.class, "datetime"), row(1, at))).containsExactly(list(1L, at));
        assertThat(call(Fixtures.spec(Identity.class, "time"), row(1, Duration.ofHours(-30))))
            .containsExactly(list(1L, Duration.ofHours(-30)));
    }

    @Test
    void binaryTravelsAsBytesFromByteArraysAndByteBuffers() {
        assertThat(call(Fixtures.spec(Identity.class, "bytes"), row(1, new byte[] {1, 2})).get(0).get(1))
            .isEqualTo(new byte[] {1, 2});
        assertThat(call(Fixtures.spec(Identity.class, "byteBuffer"), row(1, new byte[] {3, 4})).get(0).get(1))
            .isEqualTo(new byte[] {3, 4});
    }

    @Test
    void jsonArgumentsAreParsedAndResultsTravelAsText() {
        assertThat(call(Fixtures.spec(Identity.class, "json"), row(1, "{ \"a\" : [1, 2] }")))
            .containsExactly(list(1L, "{\"a\":[1,2]}"));
    }

    @Test
    void vectorsArePackedLittleEndianF32IntoBlobs() {
        byte[] packed = ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(1.5f).putFloat(-2f)
            .array();
        Object result = call(Fixtures.spec(Identity.class, "vector"), row(1, packed)).get(0).get(1);
        assertThat(result).isEqualTo(packed);
        assertThat(Vector.fromPackedBytes(dev.s2r.driver.api.VectorElementType.F32, (byte[]) result).toFloatArray())
            .containsExactly(1.5f, -2f);
    }

    @ParameterizedTest
    @CsvSource({"boxedLong", "boxedInt", "boxedBoolean", "boxedDouble", "string", "bytes", "byteBuffer", "decimal",
        "date", "datetime", "time", "json", "vector", "optionalLong", "optionalString"})
    void nullArgumentsReachReferenceTypesAsNullAndComeBackAsNull(String method) {
        assertThat(call(Fixtures.spec(Identity.class, method), row(9, null))).containsExactly(list(9L, null));
    }

    @Test
    void nullInANotNullPrimitiveParameterFailsInsteadOfPassingZero() {
        FunctionSpec spec = Fixtures.spec(Identity.class, "primitiveLong");
        assertThatThrownBy(() -> call(spec, row(1, null)))
            .hasMessageContaining("NULL for the NOT NULL parameter arg0 of Identity.primitiveLong");
    }

    @Test
    void unsupportedTypeFailsAtRegistrationNamingMethodParameterAndAlternative() {
        assertThatThrownBy(() -> Fixtures.spec(Identity.class, "localTime"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Identity.localTime, parameter arg0")
            .hasMessageContaining("use Duration for TIME");
    }
}
