/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.time.LocalTime;

/**
 * Reads {@link LocalTime}s from TIME columns whose value lies in {@code [00:00:00, 24:00:00)} (other values are an
 * error: read them as {@link java.time.Duration}) and the time part of DATETIME and TIMESTAMP columns; binds them
 * as TIME.
 */
final class LocalTimeCodec extends AbstractCodec<LocalTime> {

    LocalTimeCodec() {
        super(LocalTime.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind == Kind.TIME || kind == Kind.DATETIME;
    }

    @Override
    LocalTime decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                     CodecContext context) {
        if (kind == Kind.TIME) {
            return DateTimeFields.readTime(buf, index, length, column, binary).toLocalTime();
        }
        return DateTimeFields.readDateTime(buf, index, length, column, binary).timeOfDay();
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == LocalTime.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return TimeParameter.ofLocalTime((LocalTime) value);
    }

    @Override
    int nullType() {
        return DataTypes.TIME;
    }
}
