/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import io.netty.buffer.ByteBuf;

/**
 * The SSL request: the first 32 bytes of a handshake response, after which the client starts TLS.
 */
public final class SslRequest implements ClientMessage {

    private final long capabilities;
    private final int maxPacketSize;
    private final int collation;

    /**
     * @param capabilities  the client capabilities (including {@code CLIENT_SSL})
     * @param maxPacketSize the maximum packet size the client accepts
     * @param collation     the connection collation id
     */
    public SslRequest(long capabilities, int maxPacketSize, int collation) {
        this.capabilities = capabilities;
        this.maxPacketSize = maxPacketSize;
        this.collation = collation;
    }

    @Override
    public void encode(ByteBuf out) {
        HandshakeResponse.writeHeader(out, this.capabilities, this.maxPacketSize, this.collation);
    }

    @Override
    public boolean isCommand() {
        return false;
    }

    @Override
    public String toString() {
        return "SslRequest";
    }
}
