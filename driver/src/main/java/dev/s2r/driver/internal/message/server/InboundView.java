/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A read-only window over the memory of the buffer the packet framer is currently slicing packets from, shared by
 * the rows decoded from those packets.
 * <p>
 * A row keeps its packet alive through a retained slice (see {@link RowMessage}), but reading its cells through that
 * slice costs a reference-count check and two levels of delegation on every byte. Reading the same bytes through
 * this window, an unpooled wrapper of the memory itself, skips them: the row checks once per cell that it still
 * owns its packet instead. The window owns nothing, is never released, and is only used for bytes that a retained
 * slice keeps alive.
 * <p>
 * Used on the connection's event loop only: the framer {@linkplain #source(ByteBuf) announces} its input before
 * slicing packets from it, and the decoder {@linkplain #locate(ByteBuf) locates} each row packet in it.
 * <p>
 * It also batches the release of row packets: a row released on the event loop while the framer is handling a read
 * (the usual case: the mapping function runs inside the read) does not release its slice, an atomic update of the
 * input's reference count per row, but counts it; the framer returns all of them to the input in one update when
 * the read ends. Releases anywhere else (another thread, outside a read) release the slice at once.
 */
public final class InboundView {

    private ByteBuf source;
    private ByteBuf window;
    private long address;
    private int capacity;
    /** The event loop while the framer handles a read, otherwise {@code null}. */
    private Thread reader;
    private ByteBuf releasing;
    private int pendingReleases;

    /** The framer starts handling a read: releases on this thread are batched until {@link #endRead()}. */
    public void beginRead() {
        this.reader = Thread.currentThread();
    }

    /** The framer is done with a read: the batched releases are applied. */
    public void endRead() {
        this.reader = null;
        flushReleases();
    }

    /**
     * @param source the buffer a row's payload was sliced from (as {@link #source()} said)
     * @return whether the release was batched (the caller then does not release the payload); {@code false} when
     * it must be released now
     */
    boolean releaseLater(ByteBuf source) {
        if (this.reader != Thread.currentThread()) {
            return false;
        }
        if (source != this.releasing) {
            flushReleases();
            this.releasing = source;
        }
        this.pendingReleases++;
        return true;
    }

    /**
     * Releases a packet payload the framer handed on. A payload sliced from the current input, released on the event
     * loop during a read, is counted and returned to the input with the others at the end of the read; any other is
     * released at once.
     *
     * @param payload the payload, which the caller owns
     */
    public void release(ByteBuf payload) {
        if (locate(payload) < 0 || !releaseLater(this.source)) {
            payload.release();
        }
    }

    private void flushReleases() {
        int count = this.pendingReleases;
        if (count == 0) {
            return;
        }
        ByteBuf buffer = this.releasing;
        this.pendingReleases = 0;
        this.releasing = null;
        buffer.release(count);
    }

    /**
     * Announces the buffer the next packets are sliced from; the window is rebuilt when its memory changed.
     *
     * @param in the framer's input
     */
    public void source(ByteBuf in) {
        if (in == this.source && this.window != null && in.capacity() == this.capacity
            && in.memoryAddress() == this.address) {
            return;
        }
        this.source = in;
        if (!in.hasMemoryAddress() || in.nioBufferCount() != 1 || in.capacity() == 0) {
            this.window = null;
            return;
        }
        this.address = in.memoryAddress();
        this.capacity = in.capacity();
        this.window = Unpooled.wrappedBuffer(in.nioBuffer(0, this.capacity));
    }

    /** Forgets the current input (the framer was removed) and applies the batched releases. */
    public void clear() {
        this.source = null;
        this.window = null;
        this.reader = null;
        flushReleases();
    }

    /**
     * @return the current input, which a payload {@linkplain #locate(ByteBuf) located} in the window was sliced from
     */
    ByteBuf source() {
        return this.source;
    }

    /**
     * @param payload a packet sliced from the current input
     * @return the index of the payload's first readable byte in {@link #window()}, or -1 when it is not in it
     */
    int locate(ByteBuf payload) {
        if (this.window == null || !payload.hasMemoryAddress()) {
            return -1;
        }
        long offset = payload.memoryAddress() - this.address;
        if (offset < 0 || offset + payload.capacity() > this.capacity) {
            return -1;
        }
        return (int) offset + payload.readerIndex();
    }

    /**
     * @param in the framer's current input
     * @return a buffer holding the same bytes at the same indexes, read without the input's reference-count and
     * bounds checks: the window when it covers the input, else the input itself
     */
    public ByteBuf readable(ByteBuf in) {
        return in == this.source && this.window != null ? this.window : in;
    }

    /** @return the window that {@link #locate(ByteBuf)} indexes into */
    ByteBuf window() {
        return this.window;
    }
}
