/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads {@link BigInteger}s from integral columns (the default for {@code BIGINT UNSIGNED}) and, when they have
 * no fraction, DECIMAL columns. Binds them as LONGLONG: signed when they fit a {@code long}, UNSIGNED up to
 * 2<sup>64</sup>-1.
 */
final class BigIntegerCodec extends AbstractCodec<BigInteger> {

    private static final int UNSIGNED_LONG_BITS = 64;

    BigIntegerCodec() {
        super(BigInteger.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind.isIntegral() || kind == Kind.DECIMAL;
    }

    @Override
    BigInteger decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                      CodecContext context) {
        if (kind != Kind.DECIMAL) {
            return Numbers.readBigInteger(buf, index, length, column, binary);
        }
        BigDecimal value = Numbers.readDecimal(buf, index, length, column);
        try {
            return value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw Errors.outOfRange(value.toPlainString(), column, BigInteger.class);
        }
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return BigInteger.class.isAssignableFrom(valueType);
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        BigInteger number = (BigInteger) value;
        if (number.bitLength() < Long.SIZE) {
            return new IntegerParameter(DataTypes.LONGLONG, false, number.longValue());
        }
        if (number.signum() > 0 && number.bitLength() == UNSIGNED_LONG_BITS) {
            return new IntegerParameter(DataTypes.LONGLONG, true, number.longValue());
        }
        throw Errors.cannotEncode(value, "BIGINT values range from -2^63 to 2^64-1");
    }

    @Override
    int nullType() {
        return DataTypes.LONGLONG;
    }
}
