/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import io.netty.buffer.ByteBuf;

/**
 * A message the client sends. The packet encoder frames the payload that {@link #encode} writes (4-byte header,
 * sequence id, split into 16 MiB packets).
 */
public interface ClientMessage {

    /**
     * Writes the payload of the message.
     *
     * @param out the buffer to write to
     */
    void encode(ByteBuf out);

    /**
     * @return {@code true} when the message starts a new command (sequence id 0); {@code false} when it continues
     * the current exchange (sequence id follows the last packet received), as authentication responses do
     */
    default boolean isCommand() {
        return true;
    }

    /**
     * @return whether the server answers this message ({@code COM_STMT_CLOSE} and {@code COM_QUIT} do not)
     */
    default boolean expectsResponse() {
        return true;
    }

    /**
     * @return whether nothing may be pipelined around this command: it is written only when no other command is in
     * flight, and later commands wait until its answer has arrived ({@code LOAD DATA LOCAL INFILE}, whose file
     * packets continue the command)
     */
    default boolean isExclusive() {
        return false;
    }
}
