/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import io.netty.buffer.ByteBuf;

/** An encoded answer until its sender takes it; released if the call ends first. Thread-safe. */
final class Unsent {

    private ByteBuf buffer;
    private boolean closed;

    /** Keeps the encoded answer, or releases it when the call already ended. */
    synchronized void put(ByteBuf encoded) {
        if (this.closed) {
            encoded.release();
            return;
        }
        this.buffer = encoded;
    }

    /** @return the encoded answer, now the caller's to release; {@code null} when none or taken before */
    synchronized ByteBuf take() {
        ByteBuf taken = this.buffer;
        this.buffer = null;
        return taken;
    }

    /** Ends the call: releases the answer if it was never taken. */
    synchronized void close() {
        this.closed = true;
        if (this.buffer != null) {
            this.buffer.release();
            this.buffer = null;
        }
    }
}
