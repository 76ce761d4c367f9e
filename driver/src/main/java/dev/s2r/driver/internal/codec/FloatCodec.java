/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * Reads {@link Float}s from FLOAT, DOUBLE, DECIMAL and integral columns (a finite value beyond the {@code float}
 * range is an error; precision may be lost); binds finite values as FLOAT.
 */
final class FloatCodec extends AbstractCodec<Float> {

    FloatCodec() {
        super(Float.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isIntegral() || kind == Kind.DECIMAL || kind == Kind.FLOAT || kind == Kind.DOUBLE;
    }

    @Override
    Float decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                 CodecContext context) {
        switch (kind) {
            case FLOAT:
                return Numbers.readFloat(buf, index, length, column, binary);
            case DOUBLE:
                return narrow(Numbers.readDouble(buf, index, length, column, binary), column);
            case DECIMAL:
                return narrow(Numbers.readDecimal(buf, index, length, column).doubleValue(), column);
            default:
                return Numbers.readBigInteger(buf, index, length, column, binary).floatValue();
        }
    }

    private static float narrow(double value, Column column) {
        float narrowed = (float) value;
        if (Float.isInfinite(narrowed) && !Double.isInfinite(value)) {
            throw Errors.outOfRange(value, column, Float.class);
        }
        return narrowed;
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == Float.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        float number = (Float) value;
        if (Float.isNaN(number) || Float.isInfinite(number)) {
            throw Errors.cannotEncode(value, "SingleStore cannot store NaN or infinity");
        }
        return new FloatParameter(number);
    }

    @Override
    int nullType() {
        return DataTypes.FLOAT;
    }
}
