/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.client;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.netty.util.concurrent.ScheduledFuture;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The socket read timeout of one connection: while a command waits for the server and the client is reading, the
 * server must make progress within the timeout, checked every quarter of it on the channel's event loop (so noticing
 * may take up to a quarter longer). Time spent with reading paused for a slow subscriber does not count. All state
 * is touched on the event loop only; the timeout sits in the channel's pipeline, ahead of the framer, and counts
 * every read as progress.
 */
final class SocketTimeout extends ChannelInboundHandlerAdapter {

    private final Channel channel;
    private final Duration timeout;
    private final long timeoutNanos;
    private final BooleanSupplier waiting;
    private final Consumer<R2dbcTimeoutException> expire;
    private long lastProgressNanos = System.nanoTime();
    private boolean progressed;
    private ScheduledFuture<?> check;

    /**
     * @param channel the connection's channel
     * @param timeout the timeout, positive
     * @param waiting whether a command waits for its answer and the client is reading
     * @param expire  what happens, with the error to raise, when the server made no progress within the timeout
     */
    SocketTimeout(Channel channel, Duration timeout, BooleanSupplier waiting, Consumer<R2dbcTimeoutException> expire) {
        this.channel = channel;
        this.timeout = timeout;
        this.timeoutNanos = timeout.toNanos();
        this.waiting = waiting;
        this.expire = expire;
    }

    /** Starts the periodic check; stops by itself when the channel closes. Event loop only. */
    void start() {
        long period = Math.max(10_000_000L, this.timeoutNanos / 4);
        this.lastProgressNanos = System.nanoTime();
        this.check = this.channel.eventLoop().scheduleAtFixedRate(this::check, period, period, TimeUnit.NANOSECONDS);
        this.channel.closeFuture().addListener(f -> this.check.cancel(false));
    }

    /** Any byte read is progress (a handler ahead of the framer, on the event loop). */
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        this.progressed = true;
        ctx.fireChannelRead(msg);
    }

    private void check() {
        if (!this.waiting.getAsBoolean() || this.progressed) {
            this.progressed = false;
            this.lastProgressNanos = System.nanoTime();
            return;
        }
        if (System.nanoTime() - this.lastProgressNanos >= this.timeoutNanos) {
            this.expire.accept(new R2dbcTimeoutException("The server sent nothing for " + this.timeout
                + " (socketTimeout) while a command waited for its answer; the connection is closed", "HYT00", 0));
        }
    }
}
