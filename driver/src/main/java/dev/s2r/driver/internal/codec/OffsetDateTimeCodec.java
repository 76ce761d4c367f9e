/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Reads {@link OffsetDateTime}s from DATETIME and TIMESTAMP columns, taking their value as a wall-clock time in
 * the session time zone; binds them as the DATETIME of the same instant in the session time zone.
 */
final class OffsetDateTimeCodec extends AbstractCodec<OffsetDateTime> {

    OffsetDateTimeCodec() {
        super(OffsetDateTime.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind == Kind.DATETIME;
    }

    @Override
    OffsetDateTime decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                          CodecContext context) {
        LocalDateTime local = DateTimeFields.readDateTime(buf, index, length, column, binary)
            .toLocalDateTime(OffsetDateTime.class, context.zeroDateOption());
        if (local == null) {
            return null;
        }
        ZoneId zone = context.sessionZone();
        return local.atZone(zone).toOffsetDateTime();
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == OffsetDateTime.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        LocalDateTime local = LocalDateTime.ofInstant(((OffsetDateTime) value).toInstant(), context.sessionZone());
        return DateTimeParameter.ofDateTime(local, value);
    }

    @Override
    int nullType() {
        return DataTypes.DATETIME;
    }
}
