/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

import java.util.Arrays;

/**
 * The initial handshake packet (protocol version 10) the server sends when a client connects.
 */
public final class HandshakeV10 implements ServerMessage {

    /** MariaDB: the client-mysql capability bit; when the server does not set it, extended capabilities follow. */
    private static final long CLIENT_MYSQL = 1L;

    private final String serverVersion;
    private final long connectionId;
    private final byte[] seed;
    private final long capabilities;
    private final int collation;
    private final int status;
    private final String authPluginName;

    /**
     * Creates the message.
     *
     * @param serverVersion  the version string
     * @param connectionId   the connection (thread) id
     * @param seed           the 20-byte scramble (both parts joined, without the trailing NUL)
     * @param capabilities   the server capability flags (MariaDB extended capabilities in bits 32 to 63)
     * @param collation      the default collation id
     * @param status         the server status flags
     * @param authPluginName the default authentication plugin
     */
    public HandshakeV10(String serverVersion, long connectionId, byte[] seed, long capabilities, int collation,
                        int status, String authPluginName) {
        this.serverVersion = serverVersion;
        this.connectionId = connectionId;
        this.seed = seed.clone();
        this.capabilities = capabilities;
        this.collation = collation;
        this.status = status;
        this.authPluginName = authPluginName;
    }

    static HandshakeV10 decode(ByteBuf buf) {
        int protocol = buf.readUnsignedByte();
        if (protocol != 10) {
            throw new IllegalStateException("Unsupported protocol version " + protocol + ", expected 10");
        }
        String version = LengthEncoded.readNulTerminated(buf);
        long connectionId = buf.readUnsignedIntLE();
        byte[] seed1 = new byte[8];
        buf.readBytes(seed1);
        buf.skipBytes(1);
        long capabilities = buf.readUnsignedShortLE();
        int collation = 0;
        int status = 0;
        int authDataLength = 0;
        byte[] seed2 = new byte[0];
        String plugin = "mysql_native_password";
        if (buf.isReadable()) {
            collation = buf.readUnsignedByte();
            status = buf.readUnsignedShortLE();
            capabilities |= ((long) buf.readUnsignedShortLE()) << 16;
            authDataLength = buf.readUnsignedByte();
            buf.skipBytes(6);
            long extended = buf.readUnsignedIntLE();
            if ((capabilities & CLIENT_MYSQL) == 0) {
                capabilities |= extended << 32;
            }
            int part2 = Math.max(13, authDataLength - 8);
            part2 = Math.min(part2, buf.readableBytes());
            seed2 = new byte[part2];
            buf.readBytes(seed2);
            if (buf.isReadable()) {
                plugin = LengthEncoded.readNulTerminated(buf);
            }
        }
        byte[] seed = new byte[8 + seed2.length];
        System.arraycopy(seed1, 0, seed, 0, 8);
        System.arraycopy(seed2, 0, seed, 8, seed2.length);
        int seedLength = seed.length;
        while (seedLength > 8 && seed[seedLength - 1] == 0) {
            seedLength--;
        }
        return new HandshakeV10(version, connectionId, Arrays.copyOf(seed, seedLength), capabilities, collation,
            status, plugin);
    }

    public String getServerVersion() {
        return this.serverVersion;
    }

    public long getConnectionId() {
        return this.connectionId;
    }

    /** @return a copy of the scramble */
    public byte[] getSeed() {
        return this.seed.clone();
    }

    public long getCapabilities() {
        return this.capabilities;
    }

    public int getCollation() {
        return this.collation;
    }

    public int getStatus() {
        return this.status;
    }

    public String getAuthPluginName() {
        return this.authPluginName;
    }

    @Override
    public String toString() {
        return "HandshakeV10{serverVersion='" + this.serverVersion + "', connectionId=" + this.connectionId
            + ", capabilities=0x" + Long.toHexString(this.capabilities) + ", plugin=" + this.authPluginName + '}';
    }
}
