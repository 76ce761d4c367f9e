/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import io.netty.buffer.ByteBuf;

/**
 * Extra authentication data from the server plugin (for example the fast-auth result of
 * {@code caching_sha2_password}, or an RSA public key).
 */
public final class AuthMoreData implements ServerMessage {

    private final byte[] data;

    /**
     * @param data the data after the 0x01 header
     */
    public AuthMoreData(byte[] data) {
        this.data = data.clone();
    }

    static AuthMoreData decode(ByteBuf buf) {
        buf.skipBytes(1);
        byte[] data = new byte[buf.readableBytes()];
        buf.readBytes(data);
        return new AuthMoreData(data);
    }

    /** @return a copy of the data */
    public byte[] getData() {
        return this.data.clone();
    }

    @Override
    public String toString() {
        return "AuthMoreData{length=" + this.data.length + '}';
    }
}
