/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import io.netty.buffer.ByteBuf;

/**
 * A chunk of a file sent in answer to the server's {@code LOAD DATA LOCAL INFILE} request; an empty chunk ends the
 * file (or refuses the request).
 */
public final class LocalInfileData implements ClientMessage {

    private final byte[] data;
    private final int length;

    /**
     * @param data   the bytes (not copied: the caller hands them over)
     * @param length how many of them to send
     */
    public LocalInfileData(byte[] data, int length) {
        this.data = data;
        this.length = length;
    }

    /** @return the empty chunk that ends the file */
    public static LocalInfileData end() {
        return new LocalInfileData(new byte[0], 0);
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeBytes(this.data, 0, this.length);
    }

    @Override
    public boolean isCommand() {
        return false;
    }

    @Override
    public String toString() {
        return "LocalInfileData{length=" + this.length + '}';
    }
}
