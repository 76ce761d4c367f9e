/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * Reads {@code byte[]}s: the bytes of byte and character strings as sent, the big-endian bytes of BIT values (the
 * default for {@code BIT(n > 1)}), the WKB of GEOMETRY values (their default), the raw bytes of BSON values, and the
 * packed little-endian elements of VECTOR values (converted from the JSON projection; the default for I8 vectors,
 * whose elements they are). Binds a copy as BLOB.
 */
final class ByteArrayCodec extends AbstractCodec<byte[]> {

    ByteArrayCodec() {
        super(byte[].class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isString() || kind == Kind.GEOMETRY || kind == Kind.BIT || kind == Kind.BIT_BOOLEAN
            || kind.isVector() || kind == Kind.BSON;
    }

    @Override
    byte[] decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                  CodecContext context) {
        if (kind.isVector()) {
            return VectorFields.packedBytes(buf, index, length, column, kind);
        }
        return ByteBufUtil.getBytes(buf, index, length);
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == byte[].class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return new BytesParameter(((byte[]) value).clone());
    }

    @Override
    int nullType() {
        return DataTypes.BLOB;
    }
}
