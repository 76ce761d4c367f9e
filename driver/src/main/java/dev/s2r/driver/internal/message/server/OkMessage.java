/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

/**
 * The OK packet: a command succeeded, with affected rows, last insert id, status flags and warning count.
 */
public final class OkMessage implements ServerMessage {

    private final long affectedRows;
    private final long lastInsertId;
    private final int status;
    private final int warnings;

    /**
     * @param affectedRows the number of affected rows (unsigned; may come back negative above 2^63)
     * @param lastInsertId the last AUTO_INCREMENT value generated
     * @param status       the server status flags
     * @param warnings     the warning count
     */
    public OkMessage(long affectedRows, long lastInsertId, int status, int warnings) {
        this.affectedRows = affectedRows;
        this.lastInsertId = lastInsertId;
        this.status = status;
        this.warnings = warnings;
    }

    static OkMessage decode(ByteBuf buf) {
        buf.skipBytes(1);
        long affected = LengthEncoded.readLength(buf);
        long insertId = LengthEncoded.readLength(buf);
        int status = buf.readableBytes() >= 2 ? buf.readUnsignedShortLE() : 0;
        int warnings = buf.readableBytes() >= 2 ? buf.readUnsignedShortLE() : 0;
        return new OkMessage(affected, insertId, status, warnings);
    }

    public long getAffectedRows() {
        return this.affectedRows;
    }

    public long getLastInsertId() {
        return this.lastInsertId;
    }

    public int getStatus() {
        return this.status;
    }

    public int getWarnings() {
        return this.warnings;
    }

    /** @return whether another result follows in the same response */
    public boolean hasMoreResults() {
        return (this.status & ServerStatus.MORE_RESULTS_EXISTS) != 0;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OkMessage)) {
            return false;
        }
        OkMessage that = (OkMessage) o;
        return this.affectedRows == that.affectedRows && this.lastInsertId == that.lastInsertId
            && this.status == that.status && this.warnings == that.warnings;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(this.affectedRows) * 31 + this.status;
    }

    @Override
    public String toString() {
        return "OkMessage{affectedRows=" + this.affectedRows + ", lastInsertId=" + this.lastInsertId + ", status=0x"
            + Integer.toHexString(this.status) + ", warnings=" + this.warnings + '}';
    }
}
