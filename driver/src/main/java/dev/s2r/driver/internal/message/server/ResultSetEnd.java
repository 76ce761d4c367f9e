/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

/**
 * The end of the rows of a result set (an EOF packet, or an OK packet with the EOF header when
 * {@code CLIENT_DEPRECATE_EOF} is on).
 */
public final class ResultSetEnd implements ServerMessage {

    private final int status;
    private final int warnings;

    /**
     * @param status   the server status flags
     * @param warnings the warning count
     */
    public ResultSetEnd(int status, int warnings) {
        this.status = status;
        this.warnings = warnings;
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
        return o instanceof ResultSetEnd && ((ResultSetEnd) o).status == this.status
            && ((ResultSetEnd) o).warnings == this.warnings;
    }

    @Override
    public int hashCode() {
        return this.status * 31 + this.warnings;
    }

    @Override
    public String toString() {
        return "ResultSetEnd{status=0x" + Integer.toHexString(this.status) + ", warnings=" + this.warnings + '}';
    }
}
