/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.time.LocalDate;

/**
 * Reads {@link LocalDate}s from DATE columns (the default) and the date part of DATETIME and TIMESTAMP columns;
 * binds them as DATE.
 */
final class LocalDateCodec extends AbstractCodec<LocalDate> {

    LocalDateCodec() {
        super(LocalDate.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind == Kind.DATE || kind == Kind.DATETIME;
    }

    @Override
    LocalDate decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                     CodecContext context) {
        return DateTimeFields.readDateTime(buf, index, length, column, binary).toLocalDate(LocalDate.class,
            context.zeroDateOption());
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == LocalDate.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return DateTimeParameter.ofDate((LocalDate) value, value);
    }

    @Override
    int nullType() {
        return DataTypes.DATE;
    }
}
