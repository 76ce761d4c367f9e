/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * Reads {@link Double}s from DOUBLE, FLOAT (with the FLOAT's decimal digits, so {@code 1.1} stays {@code 1.1}),
 * DECIMAL and integral columns; binds finite values as DOUBLE.
 */
final class DoubleCodec extends AbstractCodec<Double> {

    DoubleCodec() {
        super(Double.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isIntegral() || kind == Kind.DECIMAL || kind == Kind.FLOAT || kind == Kind.DOUBLE;
    }

    @Override
    Double decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                  CodecContext context) {
        switch (kind) {
            case DOUBLE:
                return Numbers.readDouble(buf, index, length, column, binary);
            case FLOAT:
                return Numbers.floatToDouble(Numbers.readFloat(buf, index, length, column, binary));
            case DECIMAL:
                return Numbers.readDecimal(buf, index, length, column).doubleValue();
            default:
                return Numbers.readBigInteger(buf, index, length, column, binary).doubleValue();
        }
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == Double.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        double number = (Double) value;
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw Errors.cannotEncode(value, "SingleStore cannot store NaN or infinity");
        }
        return new DoubleParameter(number);
    }

    @Override
    int nullType() {
        return DataTypes.DOUBLE;
    }
}
