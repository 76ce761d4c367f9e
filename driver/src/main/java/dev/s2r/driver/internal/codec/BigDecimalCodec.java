/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.math.BigDecimal;

/**
 * Reads {@link BigDecimal}s from DECIMAL (the default), integral, FLOAT and DOUBLE columns (floating-point values
 * with their shortest decimal digits); binds them as NEWDECIMAL text.
 */
final class BigDecimalCodec extends AbstractCodec<BigDecimal> {

    BigDecimalCodec() {
        super(BigDecimal.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isIntegral() || kind == Kind.DECIMAL || kind == Kind.FLOAT || kind == Kind.DOUBLE;
    }

    @Override
    BigDecimal decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                      CodecContext context) {
        switch (kind) {
            case DECIMAL:
                return Numbers.readDecimal(buf, index, length, column);
            case FLOAT:
                return new BigDecimal(Float.toString(Numbers.readFloat(buf, index, length, column, binary)));
            case DOUBLE:
                return BigDecimal.valueOf(Numbers.readDouble(buf, index, length, column, binary));
            default:
                return new BigDecimal(Numbers.readBigInteger(buf, index, length, column, binary));
        }
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return BigDecimal.class.isAssignableFrom(valueType);
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return new DecimalParameter((BigDecimal) value);
    }

    @Override
    int nullType() {
        return DataTypes.NEWDECIMAL;
    }
}
