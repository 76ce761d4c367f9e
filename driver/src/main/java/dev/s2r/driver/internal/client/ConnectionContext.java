/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.client.ServerFlavorDetector;
import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.message.server.ServerStatus;

import java.time.ZoneId;

/**
 * The state of one connection's session as the client knows it: negotiated capabilities, server identity and the
 * session settings that affect encoding and decoding.
 * <p>
 * Written on the connection's event loop (from handshake, OK and EOF packets), read from any thread.
 */
public final class ConnectionContext implements CodecContext {

    private volatile Memo memo;

    private final long connectionId;
    private final String handshakeVersion;
    private volatile long capabilities;
    private volatile ServerFlavor flavor = ServerFlavor.MYSQL;
    private volatile String engineVersion;
    private volatile int aggregatorId = -1;
    private volatile int status;
    private volatile ZoneId sessionZone = ZoneId.systemDefault();
    private volatile long maxAllowedPacket = 16L * 1024 * 1024;
    private volatile boolean noBackslashEscapesMode;
    private volatile dev.s2r.driver.api.ZeroDateOption zeroDateOption = dev.s2r.driver.api.ZeroDateOption.NULL;

    /**
     * @param connectionId     the server's connection (thread) id
     * @param handshakeVersion the version string of the handshake
     */
    public ConnectionContext(long connectionId, String handshakeVersion) {
        this.connectionId = connectionId;
        this.handshakeVersion = handshakeVersion;
        this.engineVersion = ServerFlavorDetector.cleanVersion(handshakeVersion);
    }

    public long getConnectionId() {
        return this.connectionId;
    }

    public String getHandshakeVersion() {
        return this.handshakeVersion;
    }

    public long getCapabilities() {
        return this.capabilities;
    }

    public void setCapabilities(long capabilities) {
        this.capabilities = capabilities;
    }

    /** @param capability a {@link Capabilities} flag @return whether it was negotiated */
    public boolean has(long capability) {
        return (this.capabilities & capability) != 0;
    }

    public ServerFlavor getFlavor() {
        return this.flavor;
    }

    public void setFlavor(ServerFlavor flavor) {
        this.flavor = flavor;
    }

    /** @return the engine version: {@code @@memsql_version} on SingleStore, else the handshake version */
    public String getEngineVersion() {
        return this.engineVersion;
    }

    public void setEngineVersion(String engineVersion) {
        this.engineVersion = engineVersion;
    }

    /** @return SingleStore's {@code @@aggregator_id}, or -1 */
    public int getAggregatorId() {
        return this.aggregatorId;
    }

    public void setAggregatorId(int aggregatorId) {
        this.aggregatorId = aggregatorId;
    }

    /** @return the last server status flags seen */
    public int getStatus() {
        return this.status;
    }

    /**
     * Records the status flags of an OK or EOF packet.
     *
     * @param status the flags
     */
    public void setStatus(int status) {
        this.status = status;
    }

    /** @return whether the session is in auto-commit mode */
    public boolean isAutoCommit() {
        return (this.status & ServerStatus.AUTOCOMMIT) != 0;
    }

    /** @return whether a transaction is open */
    public boolean isInTransaction() {
        return (this.status & ServerStatus.IN_TRANSACTION) != 0;
    }

    @Override
    public ZoneId sessionZone() {
        return this.sessionZone;
    }

    public void setSessionZone(ZoneId sessionZone) {
        this.sessionZone = sessionZone;
    }

    @Override
    public boolean noBackslashEscapes() {
        return this.noBackslashEscapesMode || (this.status & ServerStatus.NO_BACKSLASH_ESCAPES) != 0;
    }

    public void setNoBackslashEscapes(boolean value) {
        this.noBackslashEscapesMode = value;
    }

    @Override
    public dev.s2r.driver.api.ZeroDateOption zeroDateOption() {
        return this.zeroDateOption;
    }

    public void setZeroDateOption(dev.s2r.driver.api.ZeroDateOption option) {
        this.zeroDateOption = option;
    }

    public long getMaxAllowedPacket() {
        return this.maxAllowedPacket;
    }

    public void setMaxAllowedPacket(long maxAllowedPacket) {
        this.maxAllowedPacket = maxAllowedPacket;
    }

    @Override
    public String toString() {
        return "ConnectionContext{connectionId=" + this.connectionId + ", flavor=" + this.flavor + ", engineVersion='"
            + this.engineVersion + "'}";
    }

    /**
     * {@inheritDoc}
     * <p>
     * Kept per connection: the connection's results build their row metadata once per column-definition array.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> create) {
        Memo memo = this.memo;
        if (memo != null && memo.key == key) {
            return (T) memo.value;
        }
        T value = create.get();
        this.memo = new Memo(key, value);
        return value;
    }

    /** One key and its value. */
    private static final class Memo {
        private final Object key;
        private final Object value;

        Memo(Object key, Object value) {
            this.key = key;
            this.value = value;
        }
    }

    /**
     * Takes the server status flags an OK or end-of-result packet carries (autocommit, transaction,
     * {@code NO_BACKSLASH_ESCAPES}); other messages change nothing.
     *
     * @param message a message of any exchange, in the order received
     */
    public void observe(ServerMessage message) {
        if (message instanceof OkMessage) {
            setStatus(((OkMessage) message).getStatus());
        } else if (message instanceof ResultSetEnd) {
            setStatus(((ResultSetEnd) message).getStatus());
        }
    }
}
