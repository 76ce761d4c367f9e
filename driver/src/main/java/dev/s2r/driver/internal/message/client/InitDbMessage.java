/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * {@code COM_INIT_DB}: changes the default database.
 */
public final class InitDbMessage implements ClientMessage {

    private final String database;

    /**
     * @param database the database name
     */
    public InitDbMessage(String database) {
        this.database = database;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(Command.INIT_DB);
        out.writeCharSequence(this.database, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "COM_INIT_DB";
    }
}
