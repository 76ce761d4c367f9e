/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.r2dbc.spi.Blob;
import reactor.core.publisher.Mono;

import java.nio.ByteBuffer;

/**
 * Reads {@link Blob}s over a copy of the bytes of byte-string, GEOMETRY and BSON columns. Blobs are not bound here: the
 * statement collects their content first and binds it as bytes.
 */
final class BlobCodec extends AbstractCodec<Blob> {

    BlobCodec() {
        super(Blob.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind == Kind.BINARY || kind == Kind.GEOMETRY || kind == Kind.BSON;
    }

    @Override
    Blob decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                CodecContext context) {
        return Blob.from(Mono.just(ByteBuffer.wrap(ByteBufUtil.getBytes(buf, index, length))));
    }

    @Override
    int nullType() {
        return DataTypes.BLOB;
    }
}
