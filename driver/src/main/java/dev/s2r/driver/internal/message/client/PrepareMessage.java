/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * {@code COM_STMT_PREPARE}.
 * <p>
 * The text goes out through Netty's UTF-8 writer, which writes {@code ?} for a lone UTF-16 surrogate; so it must not
 * hold one. Statements run for the user (including what the SHOW and variable accessors build) come here parsed,
 * and parsing refuses one ({@code sql.ParsedSql}); savepoint names are checked where they are quoted; the rest of
 * the driver's own SQL is ASCII, apart from {@code initSql} and {@code sessionVariables}, sent as configured.
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
