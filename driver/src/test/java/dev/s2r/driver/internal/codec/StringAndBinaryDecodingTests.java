/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import io.r2dbc.spi.Blob;
import io.r2dbc.spi.Clob;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.UUID;

import static dev.s2r.driver.internal.codec.Fixtures.UTF8MB4;
import static dev.s2r.driver.internal.codec.Fixtures.byteString;
import static dev.s2r.driver.internal.codec.Fixtures.bytes;
import static dev.s2r.driver.internal.codec.Fixtures.column;
import static dev.s2r.driver.internal.codec.Fixtures.decodeBinary;
import static dev.s2r.driver.internal.codec.Fixtures.decodeText;
import static dev.s2r.driver.internal.codec.Fixtures.text;
import static dev.s2r.driver.internal.codec.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Character strings, byte strings, JSON, ENUM, SET, BIT and GEOMETRY columns. Both protocols send these values
 * as the same raw bytes.
 */
class StringAndBinaryDecodingTests {

    private static final ColumnDefinition VARCHAR = text(DataTypes.VAR_STRING);
    private static final ColumnDefinition VARBINARY = byteString(DataTypes.VAR_STRING);
    private static final ColumnDefinition BIT_64 = column(DataTypes.BIT, 0, 63, 64, 0);
    private static final ColumnDefinition BIT_1 = column(DataTypes.BIT, 0, 63, 1, 0);

    private static final String UNICODE = "h\u00e9llo \u2713 \ud83d\ude00";
    /** 128 as SingleStore sends every BIT: 8 big-endian bytes. */
    private static final byte[] BIT_128 = bytes(0, 0, 0, 0, 0, 0, 0, 0x80);

    @Test
    void varcharReadsAsUtf8String() {
        assertThat(decodeText(VARCHAR, UNICODE, Object.class)).isEqualTo(UNICODE);
        assertThat(decodeBinary(VARCHAR, utf8(UNICODE), Object.class)).isEqualTo(UNICODE);
    }

    @Test
    void emptyVarcharReadsAsEmptyString() {
        assertThat(decodeText(VARCHAR, "", Object.class)).isEqualTo("");
    }

    @Test
    void everyTextTypeReadsAsString() {
        for (int type : new int[] {DataTypes.STRING, DataTypes.VARCHAR, DataTypes.TINY_BLOB, DataTypes.BLOB,
            DataTypes.MEDIUM_BLOB, DataTypes.LONG_BLOB}) {
            assertThat(decodeBinary(text(type), utf8("abc"), Object.class)).as("type %d", type).isEqualTo("abc");
        }
    }

    @Test
    void enumAndSetSentAsVarStringReadAsString() {
        ColumnDefinition enumColumn = column(DataTypes.VAR_STRING, DataTypes.FLAG_ENUM, UTF8MB4, 12, 0);
        ColumnDefinition setColumn = column(DataTypes.VAR_STRING, DataTypes.FLAG_SET, UTF8MB4, 12, 0);
        assertThat(decodeText(enumColumn, "one", Object.class)).isEqualTo("one");
        assertThat(decodeText(setColumn, "two", Object.class)).isEqualTo("two");
    }

    @Test
    void jsonReadsAsStringWhateverItsCharacterSet() {
        String json = "{\"a\":10,\"b\":2.75,\"c\":\"hello world\"}";
        assertThat(decodeText(text(DataTypes.JSON), json, Object.class)).isEqualTo(json);
        assertThat(decodeBinary(byteString(DataTypes.JSON), utf8(json), Object.class)).isEqualTo(json);
    }

    @Test
    void textReadsAsItsUtf8Bytes() {
        assertThat(decodeText(VARCHAR, UNICODE, byte[].class)).isEqualTo(utf8(UNICODE));
        assertThat(decodeText(VARCHAR, UNICODE, ByteBuffer.class)).isEqualTo(ByteBuffer.wrap(utf8(UNICODE)));
    }

    @Test
    void textReadsAsClob() {
        Clob clob = decodeText(VARCHAR, UNICODE, Clob.class);
        assertThat(Flux.from(clob.stream()).map(CharSequence::toString).reduce(String::concat).block())
            .isEqualTo(UNICODE);
    }

    @Test
    void varbinaryReadsAsByteBuffer() {
        byte[] field = bytes(0x00, 0xFF, 0x7F, 0x80);
        assertThat(decodeText(VARBINARY, "", Object.class)).isEqualTo(ByteBuffer.allocate(0));
        assertThat(decodeBinary(VARBINARY, field, Object.class)).isEqualTo(ByteBuffer.wrap(field));
    }

    @Test
    void binaryReadsWithItsPadding() {
        byte[] field = new byte[100];
        for (int i = 0; i < 16; i++) {
            field[i] = (byte) i;
        }
        ByteBuffer value = decodeBinary(byteString(DataTypes.STRING), field, ByteBuffer.class);
        assertThat(value.remaining()).isEqualTo(100);
        assertThat(value).isEqualTo(ByteBuffer.wrap(field));
    }

    @Test
    void everyBlobTypeReadsAsByteBuffer() {
        for (int type : new int[] {DataTypes.TINY_BLOB, DataTypes.BLOB, DataTypes.MEDIUM_BLOB, DataTypes.LONG_BLOB}) {
            assertThat(decodeBinary(byteString(type), bytes(1, 2), Object.class)).as("type %d", type)
                .isEqualTo(ByteBuffer.wrap(bytes(1, 2)));
        }
    }

    @Test
    void varbinaryReadsAsByteArrayAndString() {
        assertThat(decodeBinary(VARBINARY, bytes(1, 2, 3), byte[].class)).containsExactly(1, 2, 3);
        assertThat(decodeBinary(VARBINARY, utf8(UNICODE), String.class)).isEqualTo(UNICODE);
    }

    @Test
    void varbinaryReadsAsBlob() {
        Blob blob = decodeBinary(VARBINARY, bytes(1, 2, 3), Blob.class);
        ByteBuffer content = Flux.from(blob.stream()).single().block();
        assertThat(content).isEqualTo(ByteBuffer.wrap(bytes(1, 2, 3)));
    }

    @Test
    void decodedBytesAreACopy() {
        byte[] first = decodeBinary(VARBINARY, bytes(1, 2, 3), byte[].class);
        Arrays.fill(first, (byte) 0);
        assertThat(decodeBinary(VARBINARY, bytes(1, 2, 3), byte[].class)).containsExactly(1, 2, 3);
    }

    @Test
    void textDoesNotReadAsBlobNorBinaryAsClob() {
        assertThatIllegalArgumentException().isThrownBy(() -> decodeText(VARCHAR, "a", Blob.class));
        assertThatIllegalArgumentException().isThrownBy(() -> decodeBinary(VARBINARY, bytes(1), Clob.class));
    }

    @Test
    void bitReadsAsItsBigEndianBytes() {
        assertThat(decodeBinary(BIT_64, BIT_128, Object.class)).isEqualTo(BIT_128);
        assertThat(decodeBinary(BIT_64, BIT_128, Object.class)).isInstanceOf(byte[].class);
    }

    @Test
    void bitReadsAsLongAndBoolean() {
        assertThat(decodeText(BIT_64, "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0001", Long.class)).isEqualTo(1L);
        assertThat(decodeBinary(BIT_64, BIT_128, Long.class)).isEqualTo(128L);
        assertThat(decodeBinary(BIT_64, BIT_128, Boolean.class)).isTrue();
        assertThat(decodeBinary(BIT_64, new byte[8], Boolean.class)).isFalse();
    }

    @Test
    void bitOfAllOnesReadsAsEverySixtyFourBitsOfALong() {
        byte[] field = bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);
        assertThat(decodeBinary(BIT_64, field, Long.class)).isEqualTo(-1L);
    }

    @Test
    void bitOfOneReadsAsBoolean() {
        assertThat(decodeBinary(BIT_1, bytes(0, 0, 0, 0, 0, 0, 0, 1), Object.class)).isEqualTo(true);
        assertThat(decodeBinary(BIT_1, bytes(0), Object.class)).isEqualTo(false);
    }

    @Test
    void geometryReadsAsWkbWithSridPrefix() {
        byte[] point = bytes(0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 0, 0, 0, 0, 0, 0, 0, 0x40);
        ColumnDefinition geometry = byteString(DataTypes.GEOMETRY);
        assertThat(decodeBinary(geometry, point, Object.class)).isEqualTo(point);
        assertThat(decodeBinary(geometry, point, ByteBuffer.class)).isEqualTo(ByteBuffer.wrap(point));
    }

    @Test
    void unknownTargetTypeIsRejectedWithColumnAndType() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(VARCHAR, UUID.randomUUID().toString(), UUID.class))
            .withMessage("Cannot decode column 'v' of type VARCHAR as java.util.UUID");
    }
}
