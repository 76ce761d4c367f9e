/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import io.netty.buffer.ByteBuf;

/**
 * A command without arguments: {@code COM_PING}, {@code COM_QUIT}, {@code COM_RESET_CONNECTION}.
 */
public final class SimpleCommand implements ClientMessage {

    /** {@code COM_PING}: answered by OK. */
    public static final SimpleCommand PING = new SimpleCommand(Command.PING, true, "COM_PING");
    /** {@code COM_QUIT}: not answered; the server closes the connection. */
    public static final SimpleCommand QUIT = new SimpleCommand(Command.QUIT, false, "COM_QUIT");
    /** {@code COM_RESET_CONNECTION}: resets the session, answered by OK. */
    public static final SimpleCommand RESET_CONNECTION = new SimpleCommand(Command.RESET_CONNECTION, true,
        "COM_RESET_CONNECTION");

    private final int command;
    private final boolean expectsResponse;
    private final String name;

    private SimpleCommand(int command, boolean expectsResponse, String name) {
        this.command = command;
        this.expectsResponse = expectsResponse;
        this.name = name;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(this.command);
    }

    @Override
    public boolean expectsResponse() {
        return this.expectsResponse;
    }

    @Override
    public String toString() {
        return this.name;
    }
}
