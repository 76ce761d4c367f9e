/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.time.LocalDateTime;

/**
 * Reads {@link LocalDateTime}s from DATETIME and TIMESTAMP columns (the default) and DATE columns (at midnight);
 * binds them as DATETIME.
 */
final class LocalDateTimeCodec extends AbstractCodec<LocalDateTime> {

    LocalDateTimeCodec() {
        super(LocalDateTime.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind == Kind.DATETIME || kind == Kind.DATE;
    }

    @Override
    LocalDateTime decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                         CodecContext context) {
        return DateTimeFields.readDateTime(buf, index, length, column, binary).toLocalDateTime(LocalDateTime.class,
            context.zeroDateOption());
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == LocalDateTime.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return DateTimeParameter.ofDateTime((LocalDateTime) value, value);
    }

    @Override
    int nullType() {
        return DataTypes.DATETIME;
    }
}
