/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.time.Year;

/**
 * Reads {@link Year}s from YEAR columns; binds them as SHORT (the server converts the number to the column's
 * type; {@code COM_STMT_EXECUTE} has no YEAR parameter type).
 */
final class YearCodec extends AbstractCodec<Year> {

    YearCodec() {
        super(Year.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind == Kind.YEAR;
    }

    @Override
    Year decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                CodecContext context) {
        return Year.of((int) Numbers.readLong(buf, index, length, column, binary));
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == Year.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        int year = ((Year) value).getValue();
        if (year < Short.MIN_VALUE || year > Short.MAX_VALUE) {
            throw Errors.cannotEncode(value, "the year does not fit a SMALLINT");
        }
        return new IntegerParameter(DataTypes.SHORT, false, year);
    }

    @Override
    int nullType() {
        return DataTypes.SHORT;
    }
}
