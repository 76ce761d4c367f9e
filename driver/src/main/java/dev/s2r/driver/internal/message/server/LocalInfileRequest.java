/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * The server asks for the contents of a client-side file ({@code LOAD DATA LOCAL INFILE}).
 */
public final class LocalInfileRequest implements ServerMessage {

    private final String fileName;

    /**
     * @param fileName the file name the statement names
     */
    public LocalInfileRequest(String fileName) {
        this.fileName = fileName;
    }

    static LocalInfileRequest decode(ByteBuf buf) {
        buf.skipBytes(1);
        return new LocalInfileRequest(buf.readCharSequence(buf.readableBytes(), StandardCharsets.UTF_8).toString());
    }

    public String getFileName() {
        return this.fileName;
    }

    @Override
    public String toString() {
        return "LocalInfileRequest{fileName='" + this.fileName + "'}";
    }
}
