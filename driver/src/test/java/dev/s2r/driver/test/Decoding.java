/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.buffer.ByteBuf;

/**
 * Feeds packets to a {@link ResponseDecoder} the way the connection does: the payload is released after decoding,
 * unless the decoder returned a {@link RowMessage}, which takes the payload over.
 */
public final class Decoding {

    private Decoding() {
    }

    /**
     * @param decoder the decoder
     * @param payload the packet payload, owned by the call
     * @param discard whether rows are skipped
     * @return what the decoder returned (a row message is then the caller's to release)
     */
    public static ServerMessage decode(ResponseDecoder decoder, ByteBuf payload, boolean discard) {
        ServerMessage message = null;
        try {
            message = decoder.decode(payload, discard);
            return message;
        } finally {
            if (!(message instanceof RowMessage)) {
                payload.release();
            }
        }
    }
}
