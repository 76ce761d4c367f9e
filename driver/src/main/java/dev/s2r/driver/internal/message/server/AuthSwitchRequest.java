/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

import java.util.Arrays;

/**
 * The server asks the client to authenticate again with another plugin and a new scramble.
 */
public final class AuthSwitchRequest implements ServerMessage {

    private final String pluginName;
    private final byte[] rawData;

    /**
     * @param pluginName the plugin to switch to
     * @param rawData    the plugin data exactly as sent (for password plugins the new scramble and a NUL byte)
     */
    public AuthSwitchRequest(String pluginName, byte[] rawData) {
        this.pluginName = pluginName;
        this.rawData = rawData.clone();
    }

    static AuthSwitchRequest decode(ByteBuf buf) {
        buf.skipBytes(1);
        String plugin = LengthEncoded.readNulTerminated(buf);
        byte[] data = new byte[buf.readableBytes()];
        buf.readBytes(data);
        return new AuthSwitchRequest(plugin, data);
    }

    public String getPluginName() {
        return this.pluginName;
    }

    /** @return a copy of the plugin data without a trailing NUL byte: the scramble of the password plugins */
    public byte[] getData() {
        int length = this.rawData.length;
        return Arrays.copyOf(this.rawData, length > 0 && this.rawData[length - 1] == 0 ? length - 1 : length);
    }

    /** @return a copy of the plugin data exactly as sent (binary data such as {@code client_ed25519}'s nonce) */
    public byte[] getRawData() {
        return this.rawData.clone();
    }

    @Override
    public String toString() {
        return "AuthSwitchRequest{plugin='" + this.pluginName + "'}";
    }
}
