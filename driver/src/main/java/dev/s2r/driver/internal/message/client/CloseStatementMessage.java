/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import io.netty.buffer.ByteBuf;

/**
 * {@code COM_STMT_CLOSE}: deallocates a prepared statement; the server does not answer.
 */
public final class CloseStatementMessage implements ClientMessage {

    private final long statementId;

    /**
     * @param statementId the statement id
     */
    public CloseStatementMessage(long statementId) {
        this.statementId = statementId;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(Command.STMT_CLOSE);
        out.writeIntLE((int) this.statementId);
    }

    @Override
    public boolean expectsResponse() {
        return false;
    }

    @Override
    public String toString() {
        return "COM_STMT_CLOSE(" + this.statementId + ')';
    }
}
