/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * {@code COM_QUERY} with SQL text sent as is.
 * <p>
 * The text goes out through Netty's UTF-8 writer, which writes {@code ?} for a lone UTF-16 surrogate; so it must not
 * hold one. Statements run for the user (including what the SHOW and variable accessors build) come here parsed,
 * and parsing refuses one ({@code sql.ParsedSql}); savepoint names are checked where they are quoted; the rest of
 * the driver's own SQL is ASCII, apart from {@code initSql} and {@code sessionVariables}, sent as configured.
 */
public final class QueryMessage implements ClientMessage {

    private final String sql;
    private final boolean exclusive;

    /**
     * @param sql the SQL
     */
    public QueryMessage(String sql) {
        this(sql, false);
    }

    /**
     * @param sql       the SQL
     * @param exclusive whether nothing may be pipelined around it (see {@link ClientMessage#isExclusive()})
     */
    public QueryMessage(String sql, boolean exclusive) {
        this.sql = sql;
        this.exclusive = exclusive;
    }

    @Override
    public boolean isExclusive() {
        return this.exclusive;
    }

    public String getSql() {
        return this.sql;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(Command.QUERY);
        out.writeCharSequence(this.sql, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "COM_QUERY";
    }
}
