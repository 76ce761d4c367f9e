/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import dev.s2r.driver.internal.codec.Parameter;
import dev.s2r.driver.internal.sql.ParsedSql;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_QUERY} whose bind markers are replaced by escaped SQL literals on the client (client-side
 * interpolation), written straight into the packet.
 */
public final class InterpolatedQueryMessage implements ClientMessage {

    private final ParsedSql sql;
    private final Parameter[] parameters;
    private final boolean noBackslashEscapes;

    /**
     * @param sql                the parsed SQL
     * @param parameters         one parameter per marker
     * @param noBackslashEscapes whether the session has {@code NO_BACKSLASH_ESCAPES}
     */
    public InterpolatedQueryMessage(ParsedSql sql, Parameter[] parameters, boolean noBackslashEscapes) {
        this.sql = sql;
        this.parameters = parameters;
        this.noBackslashEscapes = noBackslashEscapes;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(Command.QUERY);
        this.sql.interpolate(out, this.parameters, this.noBackslashEscapes);
    }

    @Override
    public String toString() {
        return "COM_QUERY(interpolated, " + this.parameters.length + " parameters)";
    }
}
