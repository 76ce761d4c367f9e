/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * Reads {@link Boolean}s from integral columns (zero is {@code false}, anything else {@code true}) and BIT
 * columns (any bit set is {@code true}); binds them as TINY 1 or 0. {@code TINYINT(1)} and {@code BIT(1)} read
 * as booleans by default.
 */
final class BooleanCodec extends AbstractCodec<Boolean> {

    BooleanCodec() {
        super(Boolean.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return (kind.isIntegral() && kind != Kind.YEAR) || kind == Kind.BIT || kind == Kind.BIT_BOOLEAN;
    }

    @Override
    Boolean decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                   CodecContext context) {
        if (kind == Kind.BIT || kind == Kind.BIT_BOOLEAN) {
            return Numbers.anyBitSet(buf, index, length);
        }
        return Numbers.readLong(buf, index, length, column, binary) != 0;
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == Boolean.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return new IntegerParameter(DataTypes.TINY, false, (Boolean) value ? 1 : 0);
    }

    @Override
    int nullType() {
        return DataTypes.TINY;
    }
}
