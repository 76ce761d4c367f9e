/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.VectorElementType;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import io.netty.buffer.Unpooled;
import io.r2dbc.spi.Blob;
import io.r2dbc.spi.Clob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.util.HashMap;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.s2r.driver.internal.codec.Fixtures.BINARY;
import static dev.s2r.driver.internal.codec.Fixtures.CODECS;
import static dev.s2r.driver.internal.codec.Fixtures.UTF8MB4;
import static dev.s2r.driver.internal.codec.Fixtures.byteString;
import static dev.s2r.driver.internal.codec.Fixtures.bytes;
import static dev.s2r.driver.internal.codec.Fixtures.column;
import static dev.s2r.driver.internal.codec.Fixtures.decodeBinary;
import static dev.s2r.driver.internal.codec.Fixtures.literal;
import static dev.s2r.driver.internal.codec.Fixtures.text;
import static dev.s2r.driver.internal.codec.Fixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The registry: default types, R2DBC types, lookups, typed nulls and rejected values.
 */
class DefaultCodecsTests {

    static Stream<Arguments> columnsAndTheirTypes() {
        return Stream.of(
            Arguments.of(column(DataTypes.TINY, 1), SingleStoreType.BOOLEAN, Boolean.class),
            Arguments.of(column(DataTypes.TINY, 4), SingleStoreType.TINYINT, Byte.class),
            Arguments.of(unsigned(DataTypes.TINY, 3), SingleStoreType.TINYINT_UNSIGNED, Short.class),
            Arguments.of(column(DataTypes.SHORT, 6), SingleStoreType.SMALLINT, Short.class),
            Arguments.of(unsigned(DataTypes.SHORT, 5), SingleStoreType.SMALLINT_UNSIGNED, Integer.class),
            Arguments.of(column(DataTypes.INT24, 9), SingleStoreType.MEDIUMINT, Integer.class),
            Arguments.of(unsigned(DataTypes.INT24, 8), SingleStoreType.MEDIUMINT_UNSIGNED, Integer.class),
            Arguments.of(column(DataTypes.LONG, 11), SingleStoreType.INT, Integer.class),
            Arguments.of(unsigned(DataTypes.LONG, 10), SingleStoreType.INT_UNSIGNED, Long.class),
            Arguments.of(column(DataTypes.LONGLONG, 20), SingleStoreType.BIGINT, Long.class),
            Arguments.of(unsigned(DataTypes.LONGLONG, 20), SingleStoreType.BIGINT_UNSIGNED, BigInteger.class),
            Arguments.of(column(DataTypes.NEWDECIMAL, 22), SingleStoreType.DECIMAL, BigDecimal.class),
            Arguments.of(column(DataTypes.FLOAT, 12), SingleStoreType.FLOAT, Float.class),
            Arguments.of(column(DataTypes.DOUBLE, 22), SingleStoreType.DOUBLE, Double.class),
            Arguments.of(column(DataTypes.BIT, 1), SingleStoreType.BOOLEAN, Boolean.class),
            Arguments.of(column(DataTypes.BIT, 64), SingleStoreType.BIT, byte[].class),
            Arguments.of(column(DataTypes.YEAR, 4), SingleStoreType.YEAR, Short.class),
            Arguments.of(column(DataTypes.DATE, 10), SingleStoreType.DATE, LocalDate.class),
            Arguments.of(column(DataTypes.TIME, 10), SingleStoreType.TIME, Duration.class),
            Arguments.of(column(DataTypes.DATETIME, 19), SingleStoreType.DATETIME, LocalDateTime.class),
            Arguments.of(column(DataTypes.TIMESTAMP, 19), SingleStoreType.TIMESTAMP, LocalDateTime.class),
            Arguments.of(text(DataTypes.STRING), SingleStoreType.CHAR, String.class),
            Arguments.of(text(DataTypes.VAR_STRING), SingleStoreType.VARCHAR, String.class),
            Arguments.of(text(DataTypes.VARCHAR), SingleStoreType.VARCHAR, String.class),
            Arguments.of(text(DataTypes.TINY_BLOB), SingleStoreType.TINYTEXT, String.class),
            Arguments.of(text(DataTypes.BLOB), SingleStoreType.TEXT, String.class),
            Arguments.of(text(DataTypes.MEDIUM_BLOB), SingleStoreType.MEDIUMTEXT, String.class),
            Arguments.of(text(DataTypes.LONG_BLOB), SingleStoreType.LONGTEXT, String.class),
            Arguments.of(byteString(DataTypes.STRING), SingleStoreType.BINARY, ByteBuffer.class),
            Arguments.of(byteString(DataTypes.VAR_STRING), SingleStoreType.VARBINARY, ByteBuffer.class),
            Arguments.of(byteString(DataTypes.TINY_BLOB), SingleStoreType.TINYBLOB, ByteBuffer.class),
            Arguments.of(byteString(DataTypes.BLOB), SingleStoreType.BLOB, ByteBuffer.class),
            Arguments.of(byteString(DataTypes.MEDIUM_BLOB), SingleStoreType.MEDIUMBLOB, ByteBuffer.class),
            Arguments.of(byteString(DataTypes.LONG_BLOB), SingleStoreType.LONGBLOB, ByteBuffer.class),
            Arguments.of(text(DataTypes.JSON), SingleStoreType.JSON, String.class),
            Arguments.of(column(DataTypes.VAR_STRING, DataTypes.FLAG_ENUM, UTF8MB4, 12, 0), SingleStoreType.ENUM,
                String.class),
            Arguments.of(column(DataTypes.STRING, DataTypes.FLAG_SET, UTF8MB4, 12, 0), SingleStoreType.SET,
                String.class),
            Arguments.of(text(DataTypes.ENUM), SingleStoreType.ENUM, String.class),
            Arguments.of(byteString(DataTypes.GEOMETRY), SingleStoreType.GEOMETRY, byte[].class),
            Arguments.of(column(DataTypes.NULL, 0), SingleStoreType.NULL, Object.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("columnsAndTheirTypes")
    void eachColumnHasItsTypeAndDefaultJavaType(ColumnDefinition column, SingleStoreType type, Class<?> javaType) {
        assertThat(CODECS.r2dbcType(column)).isEqualTo(type);
        assertThat(CODECS.defaultJavaType(column)).isEqualTo(javaType);
        assertThat(type.getJavaType()).isEqualTo(javaType);
    }

    @Test
    void defaultJavaTypeAgreesWithTheR2dbcTypeForEveryTypeCode() {
        int[] flags = {0, DataTypes.FLAG_UNSIGNED};
        int[] charsets = {UTF8MB4, BINARY};
        long[] lengths = {1, 20};
        IntStream.rangeClosed(0, 255).forEach(code -> {
            for (int flag : flags) {
                for (int charset : charsets) {
                    for (long length : lengths) {
                        ColumnDefinition column = column(code, flag, charset, length, 0);
                        assertThat(CODECS.defaultJavaType(column)).as("%s", column)
                            .isEqualTo(CODECS.r2dbcType(column).getJavaType());
                    }
                }
            }
        });
    }

    @Test
    void singleStoreExtendedTypesAreReported() {
        ColumnDefinition vector = new ColumnDefinition("", "", "", "v", "v", BINARY, 12, DataTypes.BLOB, 0, 0,
            DataTypes.EXTENDED_VECTOR, 3, 1);
        ColumnDefinition bson = new ColumnDefinition("", "", "", "v", "v", BINARY, 12, DataTypes.BLOB, 0, 0,
            DataTypes.EXTENDED_BSON, 0, 0);
        assertThat(CODECS.r2dbcType(vector)).isEqualTo(new SingleStoreVectorType(3, VectorElementType.F32));
        assertThat(CODECS.r2dbcType(vector).getName()).isEqualTo("VECTOR(3, F32)");
        assertThat(CODECS.r2dbcType(bson)).isEqualTo(SingleStoreType.BSON);
    }

    @Test
    void vectorOfAnUnknownElementTypeIsReadAsTheBytesSent() {
        ColumnDefinition vector = new ColumnDefinition("", "", "", "v", "v", BINARY, 12, DataTypes.BLOB, 0, 0,
            DataTypes.EXTENDED_VECTOR, 3, 99);
        assertThat(CODECS.r2dbcType(vector)).isEqualTo(SingleStoreType.VECTOR);
        assertThat(CODECS.defaultJavaType(vector)).isEqualTo(java.nio.ByteBuffer.class);
    }

    @Test
    void typesHaveSqlNames() {
        assertThat(SingleStoreType.BIGINT_UNSIGNED.getName()).isEqualTo("BIGINT UNSIGNED");
        assertThat(SingleStoreType.VARBINARY.getName()).isEqualTo("VARBINARY");
    }

    @Test
    void nullColumnIsNeverDecoded() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeBinary(column(DataTypes.NULL, 0), new byte[0], Object.class))
            .withMessage("Cannot decode column 'v' of type NULL as java.lang.Object");
    }

    @Test
    void codecsAnswerThroughTheCodecInterface() {
        Codec<String> codec = new StringCodec();
        assertThat(codec.type()).isEqualTo(String.class);
        assertThat(codec.canDecode(text(DataTypes.VAR_STRING), Object.class)).isTrue();
        assertThat(codec.canDecode(byteString(DataTypes.VAR_STRING), Object.class)).isFalse();
        assertThat(codec.canDecode(byteString(DataTypes.VAR_STRING), String.class)).isTrue();
        assertThat(codec.canDecode(column(DataTypes.BIT, 64), String.class)).isFalse();
        assertThat(codec.canEncode("x")).isTrue();
        assertThat(codec.canEncode(1)).isFalse();
    }

    @Test
    void codecDecodesThroughTheCodecInterface() {
        var buf = Unpooled.wrappedBuffer(bytes('4', '2'));
        try {
            Integer value = new IntegerCodec().decode(buf, 0, 2, column(DataTypes.LONG, 11), false, Integer.class,
                CodecContext.defaults());
            assertThat(value).isEqualTo(42);
        } finally {
            buf.release();
        }
    }

    @Test
    void typedNullsAnnounceTheMatchingType() {
        assertThat(CODECS.encodeNull(Long.class).type()).isEqualTo(DataTypes.LONGLONG);
        assertThat(CODECS.encodeNull(int.class).type()).isEqualTo(DataTypes.LONG);
        assertThat(CODECS.encodeNull(Boolean.class).type()).isEqualTo(DataTypes.TINY);
        assertThat(CODECS.encodeNull(BigDecimal.class).type()).isEqualTo(DataTypes.NEWDECIMAL);
        assertThat(CODECS.encodeNull(byte[].class).type()).isEqualTo(DataTypes.BLOB);
        assertThat(CODECS.encodeNull(ByteBuffer.class).type()).isEqualTo(DataTypes.BLOB);
        assertThat(CODECS.encodeNull(Blob.class).type()).isEqualTo(DataTypes.BLOB);
        assertThat(CODECS.encodeNull(Clob.class).type()).isEqualTo(DataTypes.VAR_STRING);
        assertThat(CODECS.encodeNull(LocalDate.class).type()).isEqualTo(DataTypes.DATE);
        assertThat(CODECS.encodeNull(LocalTime.class).type()).isEqualTo(DataTypes.TIME);
        assertThat(CODECS.encodeNull(Instant.class).type()).isEqualTo(DataTypes.DATETIME);
        assertThat(CODECS.encodeNull(Year.class).type()).isEqualTo(DataTypes.SHORT);
    }

    @Test
    void typedNullOfUnknownTypeIsVarString() {
        assertThat(CODECS.encodeNull(Object.class).type()).isEqualTo(DataTypes.VAR_STRING);
        assertThat(CODECS.encodeNull(UUID.class).type()).isEqualTo(DataTypes.VAR_STRING);
    }

    @Test
    void nullParameterIsTheNullLiteralAndHasNoBinaryForm() {
        Parameter parameter = CODECS.encodeNull(String.class);
        assertThat(parameter.isNull()).isTrue();
        assertThat(literal(parameter, false)).isEqualTo("NULL");
        var out = Unpooled.buffer();
        try {
            assertThatIllegalStateException().isThrownBy(() -> parameter.writeBinary(out));
        } finally {
            out.release();
        }
    }

    @Test
    void unsupportedBindValueIsRejectedByType() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Fixtures.encode(new HashMap<String, String>()))
            .withMessage("Cannot bind a value of type java.util.HashMap");
    }

    @Test
    void blobsAndClobsAreNotBoundByCodecs() {
        Blob blob = Blob.from(reactor.core.publisher.Mono.just(ByteBuffer.allocate(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.encode(blob))
            .withMessageStartingWith("Cannot bind a value of type");
    }
}
