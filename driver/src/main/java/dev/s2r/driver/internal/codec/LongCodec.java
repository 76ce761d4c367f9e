/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * Reads {@link Long}s from integral and DECIMAL columns, exactly (a fraction or a {@code BIGINT UNSIGNED} above
 * {@link Long#MAX_VALUE} is an error), and from BIT columns (the 64 bits of the value); binds them as LONGLONG.
 */
final class LongCodec extends AbstractCodec<Long> {

    LongCodec() {
        super(Long.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isIntegral() || kind == Kind.DECIMAL || kind == Kind.BIT || kind == Kind.BIT_BOOLEAN;
    }

    @Override
    Long decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                CodecContext context) {
        if (kind == Kind.BIT || kind == Kind.BIT_BOOLEAN) {
            return Numbers.readBits(buf, index, length);
        }
        return Numbers.readExactLong(buf, index, length, column, kind, binary, Long.class);
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == Long.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return new IntegerParameter(DataTypes.LONGLONG, false, (Long) value);
    }

    @Override
    int nullType() {
        return DataTypes.LONGLONG;
    }
}
