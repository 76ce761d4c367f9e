/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format.arrow;

import io.netty.buffer.ByteBuf;

import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.WritableByteChannel;

/**
 * A channel that appends whatever is written to a {@link ByteBuf} (which grows), so that Arrow's file writer writes a
 * response body straight into the buffer the server sends. Closing it does not release the buffer. Not thread-safe.
 */
final class ByteBufWriteChannel implements WritableByteChannel {

    private final ByteBuf target;
    private boolean open = true;

    /** @param target where the bytes go */
    ByteBufWriteChannel(ByteBuf target) {
        this.target = target;
    }

    @Override
    public int write(ByteBuffer src) throws ClosedChannelException {
        if (!this.open) {
            throw new ClosedChannelException();
        }
        int count = src.remaining();
        this.target.writeBytes(src);
        return count;
    }

    @Override
    public boolean isOpen() {
        return this.open;
    }

    @Override
    public void close() {
        this.open = false;
    }
}
