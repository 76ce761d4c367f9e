/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import io.netty.buffer.ByteBuf;
import io.netty.util.IllegalReferenceCountException;
import io.netty.util.ReferenceCounted;

/**
 * One row of a result set: the packet payload, retained without copying, decoded lazily by the row that wraps it.
 * The receiver owns the message and must {@link #release()} it.
 * <p>
 * A row has one owner at a time (the decoder, then the subscriber it is handed to through Reactor's queues, which
 * publish it safely), so its reference count is a plain field: no atomic instruction per row. Releasing it more
 * often than it was retained fails with {@link IllegalReferenceCountException}, as for Netty's own objects.
 */
public final class RowMessage implements ServerMessage, ReferenceCounted {

    private final ByteBuf payload;
    private final boolean binary;
    private final RetainedBytes retained;
    private final ByteBuf cells;
    /** The view the payload was located in, and the buffer it was sliced from; {@code null} when not located. */
    private final InboundView view;
    private final ByteBuf source;
    private final int start;
    private final int length;
    private int refCnt = 1;

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
    public RowMessage(ByteBuf payload, boolean binary, RetainedBytes retained) {
        this(payload, binary, retained, null);
    }

    /**
     * @param payload  the row payload (ownership passes to the message)
     * @param binary   whether this is a binary-protocol row
     * @param retained a counter of the bytes rows hold: increased now, decreased when the message is released; or
     *                 {@code null}
     * @param view     the window over the buffer the payload was sliced from, through which the row's cells are
     *                 read when the payload lies in it; or {@code null}
     */
    public RowMessage(ByteBuf payload, boolean binary, RetainedBytes retained, InboundView view) {
        this.payload = payload;
        this.binary = binary;
        this.retained = retained;
        int located = view != null ? view.locate(payload) : -1;
        this.view = located >= 0 ? view : null;
        this.source = located >= 0 ? view.source() : null;
        this.cells = located >= 0 ? view.window() : payload;
        this.start = located >= 0 ? located : payload.readerIndex();
        this.length = payload.readableBytes();
        if (retained != null) {
            retained.add(this.length);
        }
    }

    /** @return the payload; valid until the message is released */
    public ByteBuf payload() {
        return this.payload;
    }

    /**
     * The buffer to read the row's cells from: the payload itself, or a window over the same memory that reads
     * without the slice's per-byte checks. It must not be retained, released or read once the message is released.
     *
     * @return the buffer holding the row's bytes at {@link #cellsStart()} to {@link #cellsEnd()}
     */
    public ByteBuf cells() {
        return this.cells;
    }

    /** @return the index of the row's first byte in {@link #cells()} */
    public int cellsStart() {
        return this.start;
    }

    /** @return the index after the row's last byte in {@link #cells()} */
    public int cellsEnd() {
        return this.start + this.length;
    }

    public boolean isBinary() {
        return this.binary;
    }

    @Override
    public int refCnt() {
        return this.refCnt;
    }

    @Override
    public RowMessage retain() {
        return retain(1);
    }

    @Override
    public RowMessage retain(int increment) {
        if (increment <= 0) {
            throw new IllegalArgumentException("increment must be positive, got " + increment);
        }
        if (this.refCnt <= 0) {
            throw new IllegalReferenceCountException(this.refCnt, increment);
        }
        this.refCnt += increment;
        return this;
    }

    @Override
    public RowMessage touch() {
        return touch(null);
    }

    @Override
    public boolean release() {
        return release(1);
    }

    @Override
    public boolean release(int decrement) {
        if (decrement <= 0) {
            throw new IllegalArgumentException("decrement must be positive, got " + decrement);
        }
        if (this.refCnt < decrement) {
            throw new IllegalReferenceCountException(this.refCnt, -decrement);
        }
        this.refCnt -= decrement;
        if (this.refCnt > 0) {
            return false;
        }
        deallocate();
        return true;
    }

    private void deallocate() {
        if (this.retained != null) {
            this.retained.add(-this.length);
        }
        if (this.view == null || !this.view.releaseLater(this.source)) {
            this.payload.release();
        }
    }

    @Override
    public RowMessage touch(Object hint) {
        this.payload.touch(hint);
        return this;
    }

    @Override
    public String toString() {
        return "RowMessage{bytes=" + this.payload.readableBytes() + ", binary=" + this.binary + '}';
    }
}
