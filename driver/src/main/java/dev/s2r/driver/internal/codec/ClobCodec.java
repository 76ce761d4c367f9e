/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.r2dbc.spi.Clob;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * Reads {@link Clob}s over the text of character-string columns. Clobs are not bound here: the statement
 * collects their content first and binds it as a string.
 */
final class ClobCodec extends AbstractCodec<Clob> {

    ClobCodec() {
        super(Clob.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind == Kind.TEXT;
    }

    @Override
    Clob decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                CodecContext context) {
        return Clob.from(Mono.just(buf.toString(index, length, StandardCharsets.UTF_8)));
    }

    @Override
    int nullType() {
        return DataTypes.VAR_STRING;
    }
}
