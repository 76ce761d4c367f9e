/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.message.server;

import dev.s2r.driver.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

/**
 * The server asks the client to authenticate again with another plugin and a new scramble.
 */
public final class AuthSwitchRequest implements ServerMessage {

    private final String pluginName;
    private final byte[] data;

    /**
     * @param pluginName the plugin to switch to
     * @param data       the plugin data (for password plugins the new scramble, without the trailing NUL)
     */
    public AuthSwitchRequest(String pluginName, byte[] data) {
        this.pluginName = pluginName;
        this.data = data.clone();
    }

    static AuthSwitchRequest decode(ByteBuf buf) {
        buf.skipBytes(1);
        String plugin = LengthEncoded.readNulTerminated(buf);
        int length = buf.readableBytes();
        if (length > 0 && buf.getByte(buf.writerIndex() - 1) == 0) {
            length--;
        }
        byte[] data = new byte[length];
        buf.readBytes(data);
        return new AuthSwitchRequest(plugin, data);
    }

    public String getPluginName() {
        return this.pluginName;
    }

    /** @return a copy of the plugin data */
    public byte[] getData() {
        return this.data.clone();
    }

    @Override
    public String toString() {
        return "AuthSwitchRequest{plugin='" + this.pluginName + "'}";
    }
}
