/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.client;

import dev.s2r.driver.message.client.ClientMessage;
import dev.s2r.driver.message.server.ResponseDecoder;
import dev.s2r.driver.message.server.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import reactor.core.publisher.FluxSink;

/**
 * One command and its response: the request, the decoder for its response packets and the sink of the subscriber
 * that receives the decoded messages.
 * <p>
 * Lives in the client's queues and is only touched on the event loop, except for {@link #cancel()} and demand,
 * which the subscriber signals from any thread.
 */
final class Exchange {

    private final ClientMessage request;
    private final ResponseDecoder decoder;
    private final FluxSink<ServerMessage> sink;
    private volatile boolean cancelled;
    private boolean terminated;
    private long discardedBytes;
    private boolean killRequested;

    Exchange(ClientMessage request, ResponseDecoder decoder, FluxSink<ServerMessage> sink) {
        this.request = request;
        this.decoder = decoder;
        this.sink = sink;
    }

    ClientMessage request() {
        return this.request;
    }

    ResponseDecoder decoder() {
        return this.decoder;
    }

    /**
     * Decodes one packet of the response.
     *
     * @param payload the packet payload (not released here)
     * @return the message, or {@code null}
     */
    ServerMessage decode(ByteBuf payload) {
        return this.decoder.decode(payload, this.cancelled);
    }

    /**
     * Delivers a message to the subscriber, or releases it when the subscriber has cancelled.
     *
     * @param message the message
     */
    void deliver(ServerMessage message) {
        if (this.cancelled || this.terminated) {
            ReferenceCountUtil.release(message);
            return;
        }
        this.sink.next(message);
    }

    /**
     * @return whether the client should keep reading from the socket for this exchange: the subscriber has
     * outstanding demand, or has cancelled and the rest of the response must be drained
     */
    boolean wantsMore() {
        return this.cancelled || this.terminated || this.sink.requestedFromDownstream() > 0;
    }

    boolean isDone() {
        return this.decoder.isDone();
    }

    void complete() {
        if (!this.terminated) {
            this.terminated = true;
            this.sink.complete();
        }
    }

    void fail(Throwable error) {
        if (!this.terminated) {
            this.terminated = true;
            this.sink.error(error);
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

    void cancel() {
        this.cancelled = true;
    }

    boolean isCancelled() {
        return this.cancelled;
    }

    @Override
    public String toString() {
        return "Exchange{" + this.request + ", mode=" + this.decoder.getMode() + '}';
    }
}
