/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds columns and wire fields by hand, runs the codecs over them and releases every buffer it allocates.
 * <p>
 * Each field is placed between a few bytes of padding, so codecs must honour the index they are given, and every
 * decode checks that the codec left the buffer's reader index and reference count alone.
 */
final class Fixtures {

    /** A utf8mb4 collation id: any character set other than 63 marks a text column. */
    static final int UTF8MB4 = 45;
    static final int BINARY = DataTypes.BINARY_CHARSET;

    static final Codecs CODECS = DefaultCodecs.create();
    static final CodecContext UTC = context(ZoneOffset.UTC, false);

    private static final byte[] PADDING_BEFORE = {(byte) 0xAA, (byte) 0xBB, (byte) 0xCC};
    private static final byte[] PADDING_AFTER = {(byte) 0xDD, (byte) 0xEE};

    private Fixtures() {
    }

    static CodecContext context(ZoneId zone, boolean noBackslashEscapes) {
        return new CodecContext() {
            @Override
            public ZoneId sessionZone() {
                return zone;
            }

            @Override
            public boolean noBackslashEscapes() {
                return noBackslashEscapes;
            }
        };
    }

    /** A column named {@code v}. */
    static ColumnDefinition column(int type, int flags, int charset, long length, int decimals) {
        return ColumnDefinition.of("v", type, flags, charset, length, decimals);
    }

    /** A signed numeric or temporal column of the given type, as sent with the binary character set. */
    static ColumnDefinition column(int type, long length) {
        return column(type, 0, BINARY, length, 0);
    }

    static ColumnDefinition unsigned(int type, long length) {
        return column(type, DataTypes.FLAG_UNSIGNED, BINARY, length, 0);
    }

    static ColumnDefinition text(int type) {
        return column(type, 0, UTF8MB4, 1020, 0);
    }

    static ColumnDefinition byteString(int type) {
        return column(type, DataTypes.FLAG_BINARY, BINARY, 255, 0);
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Decodes a text-protocol field holding the UTF-8 bytes of {@code text}. */
    static <T> T decodeText(ColumnDefinition column, String text, Class<T> target) {
        return decode(column, utf8(text), false, target, UTC);
    }

    /** Decodes a binary-protocol field holding {@code field}. */
    static <T> T decodeBinary(ColumnDefinition column, byte[] field, Class<T> target) {
        return decode(column, field, true, target, UTC);
    }

    static <T> T decode(ColumnDefinition column, byte[] field, boolean binary, Class<T> target,
                        CodecContext context) {
        ByteBuf row = Unpooled.buffer();
        try {
            row.writeBytes(PADDING_BEFORE).writeBytes(field).writeBytes(PADDING_AFTER);
            T value = CODECS.decode(row, PADDING_BEFORE.length, field.length, column, binary, target, context);
            assertThat(row.readerIndex()).as("reader index").isZero();
            assertThat(row.refCnt()).as("reference count").isEqualTo(1);
            return value;
        } finally {
            row.release();
        }
    }

    /** The binary protocol bytes of a parameter. */
    static byte[] binary(Parameter parameter) {
        ByteBuf out = Unpooled.buffer();
        try {
            parameter.writeBinary(out);
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    /** The SQL literal of a parameter. */
    static String literal(Parameter parameter, boolean noBackslashEscapes) {
        ByteBuf out = Unpooled.buffer();
        try {
            parameter.writeText(out, noBackslashEscapes);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            out.release();
        }
    }

    static Parameter encode(Object value) {
        return CODECS.encode(value, UTC);
    }
}
