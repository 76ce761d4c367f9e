/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import io.netty.util.concurrent.EventExecutor;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the bytes held by row messages that were decoded but not yet released.
 * <p>
 * Rows are decoded on the connection's event loop and are usually released there too (the mapping function runs on
 * it), so the event loop keeps its own running total with plain writes; only releases on other threads (a
 * subscriber behind {@code publishOn}) go through a {@link LongAdder}. That keeps atomic instructions off the
 * per-row path while the total stays exact.
 */
public final class RetainedBytes {

    private static final VarHandle OWNED;

    static {
        try {
            OWNED = MethodHandles.lookup().findVarHandle(RetainedBytes.class, "owned", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final EventExecutor owner;
    /** Written on {@link #owner} only, read by any thread. */
    @SuppressWarnings("unused")
    private long owned;
    private final LongAdder others = new LongAdder();

    /**
     * @param owner the event loop, whose updates need no atomic instruction; {@code null} makes every update atomic
     */
    public RetainedBytes(EventExecutor owner) {
        this.owner = owner;
    }

    /**
     * @param bytes the bytes to add (negative to subtract)
     */
    public void add(long bytes) {
        if (this.owner != null && this.owner.inEventLoop()) {
            OWNED.setOpaque(this, (long) OWNED.getOpaque(this) + bytes);
        } else {
            this.others.add(bytes);
        }
    }

    /** @return the bytes currently held */
    public long sum() {
        return (long) OWNED.getOpaque(this) + this.others.sum();
    }
}
