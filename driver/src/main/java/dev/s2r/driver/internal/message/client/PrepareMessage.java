/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * {@code COM_STMT_PREPARE}.
 */
public final class PrepareMessage implements ClientMessage {

    private final String sql;

    /**
     * @param sql the SQL with {@code ?} markers
     */
    public PrepareMessage(String sql) {
        this.sql = sql;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(Command.STMT_PREPARE);
        out.writeCharSequence(this.sql, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "COM_STMT_PREPARE";
    }
}
