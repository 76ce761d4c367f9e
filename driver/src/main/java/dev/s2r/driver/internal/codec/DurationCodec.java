/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.time.Duration;

/**
 * Reads {@link Duration}s from TIME columns, exactly, including negative values and values beyond 24 hours (the
 * default for TIME); binds them as TIME.
 */
final class DurationCodec extends AbstractCodec<Duration> {

    DurationCodec() {
        super(Duration.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind == Kind.TIME;
    }

    @Override
    Duration decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                    CodecContext context) {
        return DateTimeFields.readTime(buf, index, length, column, binary).toDuration();
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return valueType == Duration.class;
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        return TimeParameter.ofDuration((Duration) value);
    }

    @Override
    int nullType() {
        return DataTypes.TIME;
    }
}
