/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Reads {@link ZonedDateTime}s from DATETIME and TIMESTAMP columns, taking their value as a wall-clock time in
 * the session time zone; binds them as the DATETIME of the same instant in the session time zone.
 */
final class ZonedDateTimeCodec extends AbstractCodec<ZonedDateTime> {

    ZonedDateTimeCodec() {
        super(ZonedDateTime.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind == Kind.DATETIME;
    }

    @Override
    ZonedDateTime decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                         CodecContext context) {
        LocalDateTime local = DateTimeFields.readDateTime(buf, index, length, column, binary)
            .toLocalDateTime(ZonedDateTime.class, context.zeroDateOption());
        if (local == null) {
            return null;
        }
        ZoneId zone = context.sessionZone();
        return local.atZone(zone);
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == ZonedDateTime.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        LocalDateTime local = LocalDateTime.ofInstant(((ZonedDateTime) value).toInstant(), context.sessionZone());
        return DateTimeParameter.ofDateTime(local, value);
    }

    @Override
    int nullType() {
        return DataTypes.DATETIME;
    }
}
