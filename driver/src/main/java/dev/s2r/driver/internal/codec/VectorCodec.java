/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.Vector;
import io.netty.buffer.ByteBuf;

/**
 * Reads VECTOR values of any element type and projection as {@link Vector}s; binds a {@link Vector} as its packed
 * little-endian bytes (type BLOB; an {@code X'..'} literal when interpolated).
 */
final class VectorCodec extends AbstractCodec<Vector> {

    VectorCodec() {
        super(Vector.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isVector();
    }

    @Override
    Vector decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                  CodecContext context) {
        return VectorFields.read(buf, index, length, column, kind);
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == Vector.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return new BytesParameter(((Vector) value).toPackedBytes());
    }

    @Override
    int nullType() {
        return DataTypes.BLOB;
    }
}
