/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code HandshakeResponse41}: capabilities, user, authentication response, database, plugin and connection
 * attributes.
 */
public final class HandshakeResponse implements ClientMessage {

    private static final long CONNECT_WITH_DB = 8;
    private static final long PLUGIN_AUTH = 1L << 19;
    private static final long CONNECT_ATTRS = 1L << 20;
    private static final long PLUGIN_AUTH_LENENC = 1L << 21;

    private final long capabilities;
    private final int maxPacketSize;
    private final int collation;
    private final String user;
    private final byte[] authResponse;
    private final String database;
    private final String pluginName;
    private final Map<String, String> attributes;

    /**
     * @param capabilities  the negotiated client capabilities
     * @param maxPacketSize the maximum packet size the client accepts
     * @param collation     the connection collation id
     * @param user          the user name
     * @param authResponse  the first authentication response of {@code pluginName}
     * @param database      the initial database, or empty
     * @param pluginName    the authentication plugin the response belongs to
     * @param attributes    connection attributes
     */
    public HandshakeResponse(long capabilities, int maxPacketSize, int collation, String user, byte[] authResponse,
                             String database, String pluginName, Map<String, String> attributes) {
        this.capabilities = capabilities;
        this.maxPacketSize = maxPacketSize;
        this.collation = collation;
        this.user = user;
        this.authResponse = authResponse.clone();
        this.database = database;
        this.pluginName = pluginName;
        this.attributes = Map.copyOf(attributes);
    }

    static void writeHeader(ByteBuf out, long capabilities, int maxPacketSize, int collation) {
        out.writeIntLE((int) capabilities);
        out.writeIntLE(maxPacketSize);
        out.writeByte(collation);
        out.writeZero(19);
        out.writeIntLE((int) (capabilities >>> 32));
    }

    @Override
    public void encode(ByteBuf out) {
        writeHeader(out, this.capabilities, this.maxPacketSize, this.collation);
        out.writeCharSequence(this.user, StandardCharsets.UTF_8);
        out.writeByte(0);
        if ((this.capabilities & PLUGIN_AUTH_LENENC) != 0) {
            LengthEncoded.writeBytes(out, this.authResponse);
        } else {
            if (this.authResponse.length > 255) {
                throw new IllegalStateException("The authentication response is " + this.authResponse.length
                    + " bytes, but the server does not accept more than 255 (no PLUGIN_AUTH_LENENC_CLIENT_DATA)");
            }
            out.writeByte(this.authResponse.length);
            out.writeBytes(this.authResponse);
        }
        if ((this.capabilities & CONNECT_WITH_DB) != 0) {
            out.writeCharSequence(this.database, StandardCharsets.UTF_8);
            out.writeByte(0);
        }
        if ((this.capabilities & PLUGIN_AUTH) != 0) {
            out.writeCharSequence(this.pluginName, StandardCharsets.UTF_8);
            out.writeByte(0);
        }
        if ((this.capabilities & CONNECT_ATTRS) != 0) {
            writeAttributes(out);
        }
    }

    private void writeAttributes(ByteBuf out) {
        ByteBuf attrs = out.alloc().buffer();
        try {
            for (Map.Entry<String, String> entry : this.attributes.entrySet()) {
                LengthEncoded.writeString(attrs, entry.getKey());
                LengthEncoded.writeString(attrs, entry.getValue());
            }
            LengthEncoded.writeLength(out, attrs.readableBytes());
            out.writeBytes(attrs);
        } finally {
            attrs.release();
        }
    }

    @Override
    public boolean isCommand() {
        return false;
    }

    @Override
    public String toString() {
        return "HandshakeResponse{user='" + this.user + "', database='" + this.database + "', plugin='"
            + this.pluginName + "'}";
    }
}
