/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import io.netty.buffer.ByteBuf;

/**
 * Raw authentication data sent in answer to an auth-switch request or more-data packet.
 */
public final class AuthResponse implements ClientMessage {

    private final byte[] data;

    /**
     * @param data the plugin's answer
     */
    public AuthResponse(byte[] data) {
        this.data = data.clone();
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeBytes(this.data);
    }

    @Override
    public boolean isCommand() {
        return false;
    }

    @Override
    public String toString() {
        return "AuthResponse{length=" + this.data.length + '}';
    }
}
