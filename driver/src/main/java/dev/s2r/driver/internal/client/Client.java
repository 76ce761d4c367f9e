/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.message.client.ClientMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoop;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A connection to a MySQL-protocol server that runs exchanges: one request and the messages of its response.
 * <p>
 * Queueing rule: exchanges are written in subscription order and may be pipelined (written before the previous
 * response has arrived) up to the configured limit; responses are matched to exchanges in that same order,
 * because the server answers commands in the order it receives them. {@link #close()} does not queue behind
 * exchanges.
 */
public interface Client {

    /**
     * Sends {@code request} when the returned {@link Flux} is subscribed and emits the messages of its response.
     * Rows are emitted as they are decoded, with demand propagated to the socket; cancelling the subscription
     * discards the rest of the response without decoding rows, and leaves the connection usable.
     *
     * @param request the request, or {@code null} for the greeting the server sends unasked
     * @param mode    how to decode the response
     * @return the response messages; a {@code RowMessage} must be released by its receiver
     */
    Flux<ServerMessage> exchange(ClientMessage request, ResponseDecoder.Mode mode);

    /**
     * Writes a message that continues the current exchange (authentication data, SSL request).
     *
     * @param message the message
     * @return completes when written
     */
    Mono<Void> send(ClientMessage message);

    /**
     * Sends {@code COM_QUIT} and closes the socket; exchanges still queued or in flight fail.
     *
     * @return completes when the socket is closed
     */
    Mono<Void> close();

    /** @return whether the socket is open and the client not closed */
    boolean isConnected();

    /** @return the session state; available once the greeting was received */
    ConnectionContext getContext();

    /** @return the allocator of the channel */
    ByteBufAllocator alloc();

    /** @return the event loop of the channel */
    EventLoop eventLoop();

    /**
     * @return the prefix of this connection's log lines, such as {@code [s2r#42 127.0.0.1:3306]}: the server's
     * connection id (once known) and the remote address, never credentials
     */
    String logPrefix();
}
