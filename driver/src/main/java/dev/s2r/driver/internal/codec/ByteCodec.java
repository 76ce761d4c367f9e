/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * Reads {@link Byte}s from integral and DECIMAL columns, exactly (a fraction or a value out of range is an
 * error); binds them as TINY.
 */
final class ByteCodec extends AbstractCodec<Byte> {

    ByteCodec() {
        super(Byte.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isIntegral() || kind == Kind.DECIMAL;
    }

    @Override
    Byte decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                CodecContext context) {
        long value = Numbers.readExactLong(buf, index, length, column, kind, binary, Byte.class);
        return (byte) Numbers.checkRange(value, Byte.MIN_VALUE, Byte.MAX_VALUE, column, Byte.class);
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == Byte.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return new IntegerParameter(DataTypes.TINY, false, (Byte) value);
    }

    @Override
    int nullType() {
        return DataTypes.TINY;
    }
}
