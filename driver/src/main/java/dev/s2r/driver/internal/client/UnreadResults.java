/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.client;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches for a response that nobody reads while a later command of the same connection waits behind it. The
 * server answers commands in order, so the later command's subscriber waits for a result that can only come once
 * the earlier one has been read: a result handed over and never subscribed, or two results consumed interleaved
 * ({@code Flux.zip} over one connection) can never progress. When the head exchange has had no demand for the
 * configured time while a later exchange asks for data, the head is given up. All state is touched on the event
 * loop only.
 */
final class UnreadResults {

    private final EventLoop loop;
    private final ArrayDeque<Exchange> inflight;
    private final ArrayDeque<Exchange> pending;
    private final Consumer<Exchange> abandon;
    private long timeoutNanos;
    private long readAheadBytes;
    private ScheduledFuture<?> check;
    private Exchange watched;

    /**
     * @param loop     the connection's event loop
     * @param inflight the exchanges written, in order
     * @param pending  the exchanges waiting to be written
     * @param abandon  gives up the head exchange that blocked the later ones for the timeout
     */
    UnreadResults(EventLoop loop, ArrayDeque<Exchange> inflight, ArrayDeque<Exchange> pending,
                  Consumer<Exchange> abandon) {
        this.loop = loop;
        this.inflight = inflight;
        this.pending = pending;
        this.abandon = abandon;
    }

    /** @param timeout how long a later command waits for an unread result; zero waits forever */
    void timeout(Duration timeout) {
        this.timeoutNanos = timeout == null || timeout.isNegative() ? 0 : timeout.toNanos();
    }

    /** @param bytes how much of a result nobody has subscribed to yet is read ahead when a later command waits */
    void readAhead(long bytes) {
        this.readAheadBytes = Math.max(0, bytes);
    }

    /**
     * Starts, keeps or stops the clock after anything that may change the answer (event loop). A result nobody has
     * subscribed to yet is first read ahead (copied off the socket's buffers) so that a short one ends and frees the
     * connection at once; one longer than the read-ahead is given up.
     */
    void check() {
        Exchange head = blocking();
        if (head == null) {
            stopClock();
            return;
        }
        if (!head.everRequested()) {
            if (head.readAheadExhausted()) {
                stopClock();
                this.abandon.accept(head);
                return;
            }
            if (this.readAheadBytes > 0) {
                head.readAhead(this.readAheadBytes);
                stopClock();
                return;
            }
        }
        if (this.timeoutNanos == 0 || this.watched == head && this.check != null) {
            return;
        }
        if (this.check != null) {
            this.check.cancel(false);
        }
        this.watched = head;
        this.check = this.loop.schedule(() -> {
            this.check = null;
            if (blocking() == head) {
                this.watched = null;
                this.abandon.accept(head);
            }
            check();
        }, this.timeoutNanos, TimeUnit.NANOSECONDS);
    }

    private void stopClock() {
        if (this.check != null) {
            this.check.cancel(false);
            this.check = null;
        }
        this.watched = null;
    }

    /** @return the head exchange when it has no demand while a later one asks for data, else {@code null} */
    private Exchange blocking() {
        Exchange head = this.inflight.peek();
        if (head == null || head.hasDemand() || head.isCancelled() || head.request() == null
            || !laterWaiting(head)) {
            return null;
        }
        return head;
    }

    private boolean laterWaiting(Exchange head) {
        for (Exchange exchange : this.inflight) {
            if (exchange != head && exchange.hasDemand()) {
                return true;
            }
        }
        for (Exchange exchange : this.pending) {
            if (exchange.hasDemand()) {
                return true;
            }
        }
        return false;
    }
}
