/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import java.nio.ByteBuffer;

/**
 * Reads {@link ByteBuffer}s (a fresh heap buffer) with the same bytes as {@link ByteArrayCodec}; the default for
 * BINARY, VARBINARY, BLOB and BSON columns. VECTOR values give their packed little-endian elements (converted from
 * the JSON projection). Binds a copy of the buffer's remaining bytes as BLOB, without moving the
 * caller's buffer position.
 */
final class ByteBufferCodec extends AbstractCodec<ByteBuffer> {

    ByteBufferCodec() {
        super(ByteBuffer.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isString() || kind == Kind.GEOMETRY || kind == Kind.BIT || kind == Kind.BIT_BOOLEAN
            || kind.isVector() || kind == Kind.BSON;
    }

    @Override
    ByteBuffer decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                      CodecContext context) {
        if (kind.isVector()) {
            return ByteBuffer.wrap(VectorFields.packedBytes(buf, index, length, column, kind));
        }
        return ByteBuffer.wrap(ByteBufUtil.getBytes(buf, index, length));
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return ByteBuffer.class.isAssignableFrom(valueType);
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        ByteBuffer view = ((ByteBuffer) value).duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return new BytesParameter(bytes);
    }

    @Override
    int nullType() {
        return DataTypes.BLOB;
    }
}
