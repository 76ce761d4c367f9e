/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * Reads {@link Integer}s from integral and DECIMAL columns, exactly (a fraction or a value out of range is an
 * error); binds them as LONG.
 */
final class IntegerCodec extends AbstractCodec<Integer> {

    IntegerCodec() {
        super(Integer.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isIntegral() || kind == Kind.DECIMAL;
    }

    @Override
    Integer decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                   CodecContext context) {
        long value = Numbers.readExactLong(buf, index, length, column, kind, binary, Integer.class);
        return (int) Numbers.checkRange(value, Integer.MIN_VALUE, Integer.MAX_VALUE, column, Integer.class);
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == Integer.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return new IntegerParameter(DataTypes.LONG, false, (Integer) value);
    }

    @Override
    int nullType() {
        return DataTypes.LONG;
    }
}
