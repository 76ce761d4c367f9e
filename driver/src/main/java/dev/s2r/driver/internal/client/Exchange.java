/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.transport.RowSink;
import dev.s2r.driver.internal.transport.RowSource;
import dev.s2r.driver.internal.message.client.ClientMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoop;
import io.netty.util.ReferenceCountUtil;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Operators;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One command and its response: the request, the decoder for its response packets, and the subscription of the
 * subscriber that receives the decoded messages.
 * <p>
 * Every signal to the subscriber is sent on the connection's event loop, so the queue of decoded messages is
 * touched by that thread only; {@link #request(long)} and {@link #cancel()} may come from any thread and hand over
 * to the event loop. Messages beyond the subscriber's demand wait in the queue (one socket read at most, because
 * the client stops reading while the head exchange has no demand). On cancel or failure, queued messages are
 * released at once, so no buffer outlives a broken exchange.
 * <p>
 * A subscriber may take rows through a {@link RowSink} instead ({@link #divertRows}): a row that arrives while the
 * subscriber has demand and nothing is queued goes straight to the sink, with no message object and no queue. The
 * exchange alone decides which packets it takes in place ({@link #takesInPlace}), asking its decoder which are rows;
 * the client and the framer see only payloads that the head exchange takes.
 */
final class Exchange implements Subscription, RowSource {

    private final ClientMessage request;
    private final ResponseDecoder decoder;
    private final CoreSubscriber<? super ServerMessage> actual;
    private final EventLoop loop;
    private final Runnable demandChanged;
    private final ArrayDeque<ServerMessage> queue = new ArrayDeque<>();
    private final AtomicLong requested = new AtomicLong();
    private volatile boolean cancelled;
    private boolean done;
    private Throwable error;
    private boolean terminated;
    private boolean draining;
    private long discardedBytes;
    private boolean killRequested;
    /** Whether any packet of the response has arrived (event loop only). */
    private boolean answered;
    /** Whether the subscriber has ever asked for a message. */
    private volatile boolean everRequested;
    /** Bytes the exchange may still read ahead for a subscriber that has not asked yet (event loop only). */
    private long readAhead;
    private volatile boolean killOnCancel;
    private volatile RowSink rowSink;

    Exchange(ClientMessage request, ResponseDecoder decoder, CoreSubscriber<? super ServerMessage> actual,
             EventLoop loop, Runnable demandChanged) {
        this.request = request;
        this.decoder = decoder;
        this.actual = actual;
        this.loop = loop;
        this.demandChanged = demandChanged;
    }

    ClientMessage request() {
        return this.request;
    }

    ResponseDecoder decoder() {
        return this.decoder;
    }

    /**
     * Decodes one packet of the response (event loop).
     *
     * @param payload the packet payload (not released here)
     * @return the message, or {@code null}
     */
    ServerMessage decode(ByteBuf payload) {
        return this.decoder.decode(payload, this.cancelled);
    }

    @Override
    public void divertRows(RowSink sink) {
        this.rowSink = sink;
    }

    /**
     * Whether the exchange takes a packet in place, where it lies in the input, instead of having it sliced, decoded
     * and delivered (event loop). The packet must be a row of the current result set ({@link ResponseDecoder#isRow}),
     * and the subscriber must have registered a {@linkplain #divertRows row sink}, have demand, and have no message
     * queued before it.
     *
     * @param buffer the buffer holding a packet payload
     * @param index  the index of the payload's first byte
     * @param length the payload's length
     * @return whether {@link #takeInPlace} may be called for this packet now
     */
    boolean takesInPlace(ByteBuf buffer, int index, int length) {
        return this.rowSink != null && !this.cancelled && !this.terminated && this.queue.isEmpty()
            && this.requested.get() != 0 && this.decoder.isRow(buffer, index, length);
    }

    /**
     * Hands a row packet to the {@linkplain #divertRows row sink}, as one message of the demand (event loop; only
     * right after {@link #takesInPlace} said it may).
     *
     * @param buffer the buffer holding the row (not released here), readable during the call only
     * @param index  the index of the row's first byte
     * @param length the row's length
     */
    void takeInPlace(ByteBuf buffer, int index, int length) {
        this.answered = true;
        if (this.requested.get() != Long.MAX_VALUE) {
            this.requested.decrementAndGet();
        }
        this.rowSink.row(buffer, index, length, this.decoder.isBinaryRows());
    }

    /**
     * Delivers a message to the subscriber, or releases it when the subscriber has cancelled (event loop).
     *
     * @param message the message
     */
    void deliver(ServerMessage message) {
        if (this.cancelled || this.terminated) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (this.readAhead > 0 && !this.everRequested) {
            ServerMessage detached = detach(message);
            this.readAhead -= detached instanceof RowMessage ? ((RowMessage) detached).payload().readableBytes() : 16;
            this.readAhead = this.readAhead == 0 ? -1 : this.readAhead;
            message = detached;
        }
        this.queue.add(message);
        drain();
    }

    /**
     * @return whether the client should keep reading from the socket for this exchange: the subscriber wants more
     * than is queued, or has cancelled and the rest of the response must be drained, or it is the login, which the
     * driver drives itself (a TLS upgrade in the middle of it must read the server's handshake while the login flow
     * waits for it, with no message demand)
     */
    boolean wantsMore() {
        return this.cancelled || this.terminated || this.requested.get() > this.queue.size()
            || this.readAhead > 0 && !this.everRequested || this.decoder.getMode() == ResponseDecoder.Mode.LOGIN;
    }

    /** @return whether the subscriber has ever asked for a message (a result not subscribed yet has not) */
    boolean everRequested() {
        return this.everRequested;
    }

    /**
     * Lets the exchange read ahead of a subscriber that has not asked for anything yet, because a later command
     * waits behind it: up to {@code bytes}, copied off the socket's buffers as they are queued (event loop).
     *
     * @param bytes how much to read ahead
     */
    void readAhead(long bytes) {
        if (!this.everRequested && this.readAhead == 0) {
            this.readAhead = Math.max(1, bytes);
        }
    }

    /** @return whether the read-ahead allowance is used up while the subscriber still has not asked (event loop) */
    boolean readAheadExhausted() {
        return this.readAhead < 0;
    }

    boolean isDone() {
        return this.decoder.isDone();
    }

    /**
     * Completes the exchange once the queued messages have been delivered (event loop). Messages still waiting for a
     * subscriber that has not asked for them (a result handed over and not read yet, or never) are detached from the
     * socket's buffers: whoever reads them later gets them, and unread ones pin no pooled memory.
     */
    void complete() {
        this.done = true;
        drain();
        if (!this.terminated && !this.queue.isEmpty()) {
            for (int i = this.queue.size(); i > 0; i--) {
                this.queue.add(detach(this.queue.poll()));
            }
        }
    }

    private static ServerMessage detach(ServerMessage message) {
        if (!(message instanceof RowMessage)) {
            return message;
        }
        RowMessage row = (RowMessage) message;
        try {
            return new RowMessage(Unpooled.wrappedBuffer(ByteBufUtil.getBytes(row.payload())), row.isBinary());
        } finally {
            row.release();
        }
    }

    /** @return whether the subscriber has asked for more than is queued (event loop) */
    boolean hasDemand() {
        return this.requested.get() > this.queue.size();
    }

    /**
     * Gives up the exchange with an error signalled at once, whatever the demand, and drops the rest of its response
     * as a cancelled one (event loop).
     *
     * @param failure the error for the subscriber
     */
    void abandon(Throwable failure) {
        if (this.terminated || this.cancelled) {
            return;
        }
        this.cancelled = true;
        this.terminated = true;
        releaseQueued();
        this.actual.onError(failure);
    }

    /**
     * Fails the exchange: queued messages are released and the error is signalled at once (event loop).
     *
     * @param failure the error
     */
    void fail(Throwable failure) {
        if (this.terminated || this.done) {
            return;
        }
        this.error = failure;
        this.done = true;
        releaseQueued();
        drain();
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            this.error = Operators.onOperatorError(new IllegalArgumentException(
                "Reactive Streams §3.9: request must be positive, got " + n), this.actual.currentContext());
            cancel();
            return;
        }
        addDemand(n);
        this.everRequested = true;
        if (this.loop.inEventLoop()) {
            drain();
            this.demandChanged.run();
        } else {
            this.loop.execute(() -> {
                drain();
                this.demandChanged.run();
            });
        }
    }

    @Override
    public void cancel() {
        if (this.cancelled) {
            return;
        }
        this.cancelled = true;
        if (this.loop.inEventLoop()) {
            releaseQueued();
            this.demandChanged.run();
        } else {
            this.loop.execute(() -> {
                releaseQueued();
                this.demandChanged.run();
            });
        }
    }

    boolean isCancelled() {
        return this.cancelled;
    }

    /** Records that a packet of the response arrived (event loop). */
    void answered() {
        this.answered = true;
    }

    /** @return whether any packet of the response has arrived (event loop) */
    boolean hasAnswered() {
        return this.answered;
    }

    private void drain() {
        if (this.draining) {
            return;
        }
        this.draining = true;
        try {
            while (true) {
                if (this.cancelled) {
                    releaseQueued();
                    this.terminated = true;
                    return;
                }
                long wanted = this.requested.get();
                long emitted = 0;
                while (emitted != wanted && !this.queue.isEmpty() && !this.cancelled) {
                    this.actual.onNext(this.queue.poll());
                    emitted++;
                }
                if (emitted != 0 && wanted != Long.MAX_VALUE) {
                    this.requested.addAndGet(-emitted);
                }
                if (this.done && !this.terminated && !this.cancelled && (this.queue.isEmpty() || this.error != null)) {
                    this.terminated = true;
                    releaseQueued();
                    if (this.error != null) {
                        this.actual.onError(this.error);
                    } else {
                        this.actual.onComplete();
                    }
                    return;
                }
                if (emitted == 0) {
                    return;
                }
            }
        } finally {
            this.draining = false;
        }
    }

    private void releaseQueued() {
        ServerMessage message;
        while ((message = this.queue.poll()) != null) {
            ReferenceCountUtil.release(message);
        }
    }

    /**
     * Counts bytes of a cancelled response that are read only to be dropped.
     *
     * @param bytes the payload size
     * @return the total so far
     */
    long discarded(int bytes) {
        this.discardedBytes += bytes;
        return this.discardedBytes;
    }

    /**
     * @return {@code true} the first time it is called: the caller then asks the server to kill the query
     */
    boolean requestKill() {
        if (this.killRequested) {
            return false;
        }
        this.killRequested = true;
        return true;
    }

    boolean isKillRequested() {
        return this.killRequested;
    }

    /** Asks for the query to be killed as soon as this exchange is cancelled, whatever the bytes discarded. */
    void killOnCancel() {
        this.killOnCancel = true;
    }

    /** @return whether the exchange is cancelled and its query is to be killed without waiting for a threshold */
    boolean isCancelledWithKill() {
        return this.cancelled && this.killOnCancel;
    }

    private void addDemand(long n) {
        long current;
        long next;
        do {
            current = this.requested.get();
            if (current == Long.MAX_VALUE) {
                return;
            }
            next = current + n;
            if (next < 0) {
                next = Long.MAX_VALUE;
            }
        } while (!this.requested.compareAndSet(current, next));
    }

    @Override
    public String toString() {
        return "Exchange{" + this.request + ", mode=" + this.decoder.getMode() + '}';
    }
}
