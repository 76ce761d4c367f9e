/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * Reads {@link Short}s from integral and DECIMAL columns, exactly (a fraction or a value out of range is an
 * error); binds them as SHORT.
 */
final class ShortCodec extends AbstractCodec<Short> {

    ShortCodec() {
        super(Short.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isIntegral() || kind == Kind.DECIMAL;
    }

    @Override
    Short decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                 CodecContext context) {
        long value = Numbers.readExactLong(buf, index, length, column, kind, binary, Short.class);
        return (short) Numbers.checkRange(value, Short.MIN_VALUE, Short.MAX_VALUE, column, Short.class);
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == Short.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return new IntegerParameter(DataTypes.SHORT, false, (Short) value);
    }

    @Override
    int nullType() {
        return DataTypes.SHORT;
    }
}
