/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.message.server;

import io.netty.buffer.ByteBuf;
import io.netty.util.AbstractReferenceCounted;
import io.netty.util.ReferenceCounted;

import java.util.concurrent.atomic.LongAdder;

/**
 * One row of a result set: the packet payload, retained without copying, decoded lazily by the row that wraps it.
 * The receiver owns the message and must {@link #release()} it.
 */
public final class RowMessage extends AbstractReferenceCounted implements ServerMessage {

    private final ByteBuf payload;
    private final boolean binary;
    private final LongAdder retained;

    /**
     * @param payload the row payload (ownership passes to the message)
     * @param binary  whether this is a binary-protocol row
     */
    public RowMessage(ByteBuf payload, boolean binary) {
        this(payload, binary, null);
    }

    /**
     * @param payload  the row payload (ownership passes to the message)
     * @param binary   whether this is a binary-protocol row
     * @param retained a counter of the bytes rows hold: increased now, decreased when the message is released
     */
    public RowMessage(ByteBuf payload, boolean binary, LongAdder retained) {
        this.payload = payload;
        this.binary = binary;
        this.retained = retained;
        if (retained != null) {
            retained.add(payload.readableBytes());
        }
    }

    /** @return the payload; valid until the message is released */
    public ByteBuf payload() {
        return this.payload;
    }

    public boolean isBinary() {
        return this.binary;
    }

    @Override
    protected void deallocate() {
        if (this.retained != null) {
            this.retained.add(-this.payload.readableBytes());
        }
        this.payload.release();
    }

    @Override
    public ReferenceCounted touch(Object hint) {
        this.payload.touch(hint);
        return this;
    }

    @Override
    public String toString() {
        return "RowMessage{bytes=" + this.payload.readableBytes() + ", binary=" + this.binary + '}';
    }
}
