/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.message.client.ClientMessage;
import dev.s2r.driver.internal.message.client.ExecuteMessage;
import dev.s2r.driver.internal.message.client.SimpleCommand;
import dev.s2r.driver.internal.message.server.ColumnCache;
import dev.s2r.driver.internal.message.server.InboundView;
import dev.s2r.driver.internal.message.server.RetainedBytes;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.message.server.StatementColumns;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslContext;
import io.r2dbc.spi.R2dbcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.NettyPipeline;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * The {@link Client} over a reactor-netty TCP connection.
 * <p>
 * Pipeline (inbound order): [TLS] → {@link PacketFramer} → {@link InboundHandler} (decodes each packet with the
 * decoder of the exchange at the head of the in-flight queue and delivers it); outbound: {@link PacketEncoder}.
 * Reading is demand-driven: auto-read is on only while the head exchange has outstanding demand (or is draining a
 * cancelled response), so a slow subscriber stops the socket instead of filling memory.
 */
public final class ReactorNettyClient implements Client {

    private static final Logger LOGGER = LoggerFactory.getLogger(ReactorNettyClient.class);

    private final Connection connection;
    private final Channel channel;
    private final int pipelineLimit;
    private final SequenceTracker sequence = new SequenceTracker();
    private final ArrayDeque<Exchange> inflight = new ArrayDeque<>();
    private final ArrayDeque<Exchange> pending = new ArrayDeque<>();
    private final RetainedBytes retainedBytes;
    private final InboundView inboundView = new InboundView();
    private volatile ConnectionContext context;
    /** Column definitions of previous results; used by decoders on the event loop only. */
    private final ColumnCache columnCache = new ColumnCache();
    /** The socket read timeout, or {@code null} when there is none (set on the event loop). */
    private SocketTimeout socketTimeout;
    /** Whether the packet being dispatched was taken over by its row message (event loop only). */
    private boolean payloadTaken;
    private final CancelKill cancelKill = new CancelKill(this::logPrefix, this::drainPending);
    private final UnreadResults unreadResults;
    private volatile boolean closed;
    private volatile String closeReason;

    ReactorNettyClient(Connection connection, int pipelineLimit, long maxMessageSize) {
        this.connection = connection;
        this.channel = connection.channel();
        this.retainedBytes = new RetainedBytes(this.channel.eventLoop());
        this.unreadResults = new UnreadResults(this.channel.eventLoop(), this.inflight, this.pending,
            this::abandonUnread);
        this.pipelineLimit = Math.max(1, pipelineLimit);
        this.channel.config().setAutoRead(false);
        ChannelPipeline pipeline = this.channel.pipeline();
        // Commands written while a read is being handled (the next pipelined statement, issued from the previous
        // one's completion) are flushed once at the end of the read instead of one syscall each.
        pipeline.addFirst("s2r.flush", new FlushConsolidationHandler());
        addBeforeBridge(pipeline, "s2r.framer", new PacketFramer(this.sequence, maxMessageSize,
            this.inboundView, new HeadExchangeInPlace()));
        addBeforeBridge(pipeline, "s2r.handler", new InboundHandler());
        addBeforeBridge(pipeline, "s2r.encoder", new PacketEncoder(this.sequence));
    }

    private static void addBeforeBridge(ChannelPipeline pipeline, String name, io.netty.channel.ChannelHandler h) {
        if (pipeline.get(NettyPipeline.ReactiveBridge) != null) {
            pipeline.addBefore(NettyPipeline.ReactiveBridge, name, h);
        } else {
            pipeline.addLast(name, h);
        }
    }

    @Override
    public Flux<ServerMessage> exchange(ClientMessage request, ResponseDecoder.Mode mode) {
        return new ExchangeFlux(this, request, mode);
    }

    /** Runs on the event loop when an exchange's demand changed or it was cancelled. */
    private void demandChanged() {
        this.cancelKill.onCancelled(this.inflight.peek(), this.inflight.size(), this::onLoop);
        updateReading();
    }

    /**
     * Sets how long a command waits behind an earlier response that nobody reads before that response is given up,
     * and how much of a response nobody has subscribed to yet is read ahead first.
     *
     * @param timeout   the timeout; zero waits forever
     * @param readAhead the bytes read ahead; zero reads none
     */
    public void setUnreadResultTimeout(Duration timeout, long readAhead) {
        onLoop(() -> {
            this.unreadResults.timeout(timeout);
            this.unreadResults.readAhead(readAhead);
        });
    }

    private void abandonUnread(Exchange head) {
        LOGGER.debug("{} Giving up a result nobody read while a later statement waited", logPrefix());
        head.abandon(ExceptionFactory.unreadResult());
        this.cancelKill.onCancelled(head, this.inflight.size(), this::onLoop);
        updateReading();
    }

    /**
     * @param request the request
     * @param mode    how to decode its response
     * @param actual  the subscriber of its messages
     * @return a new exchange, not yet submitted
     */
    Exchange newExchange(ClientMessage request, ResponseDecoder.Mode mode,
                         CoreSubscriber<? super ServerMessage> actual) {
        ConnectionContext ctx = this.context;
        boolean deprecateEof = ctx != null && ctx.has(Capabilities.DEPRECATE_EOF);
        StatementColumns columns = request instanceof ExecuteMessage ? ((ExecuteMessage) request).columns() : null;
        return new Exchange(request, new ResponseDecoder(mode, deprecateEof, this.retainedBytes, this.columnCache,
            ctx != null && ctx.has(Capabilities.MARIADB_CACHE_METADATA), columns).inboundView(this.inboundView),
            actual, this.channel.eventLoop(), this::demandChanged);
    }

    @Override
    public Mono<Void> send(ClientMessage message) {
        return Mono.create(sink -> onLoop(() -> {
            if (this.closed || !this.channel.isActive()) {
                sink.error(closedException(null));
                return;
            }
            this.channel.writeAndFlush(message).addListener(f -> {
                if (f.isSuccess()) {
                    sink.success();
                } else {
                    sink.error(ExceptionFactory.connectionClosed("Write failed", f.cause()));
                }
            });
        }));
    }

    /**
     * Starts TLS on the channel (after the SSL request was sent) and completes when the TLS handshake has.
     *
     * @param sslContext the TLS context
     * @param host       the host name for SNI and verification
     * @param port       the port
     * @return completes when the handshake succeeded; fails with a TLS connection error ({@link TlsUpgrade})
     */
    public Mono<Void> startTls(SslContext sslContext, String host, int port) {
        return TlsUpgrade.start(this.channel, sslContext, host, port);
    }

    @Override
    public Mono<Void> close() {
        return Mono.defer(() -> {
            if (!this.closed) {
                this.closed = true;
                onLoop(this::quit);
            }
            return Mono.<Void>create(sink -> this.channel.closeFuture().addListener(f -> sink.success()));
        });
    }

    private void quit() {
        failAll(closedException("Connection closed by the client"));
        if (this.channel.isActive()) {
            this.channel.writeAndFlush(SimpleCommand.QUIT).addListener(f -> this.connection.dispose());
        } else {
            this.connection.dispose();
        }
    }

    @Override
    public boolean isConnected() {
        return !this.closed && this.channel.isActive();
    }

    @Override
    public ConnectionContext getContext() {
        return this.context;
    }

    /**
     * Arms the socket read timeout: while a command waits for the server and the client is reading, the server must
     * send something within {@code timeout} (checked every quarter of it, so it may take up to a quarter
     * longer to notice); otherwise every exchange fails with {@code R2dbcTimeoutException} and the
     * connection closes. Time spent with reading paused for a slow subscriber does not count.
     *
     * @param timeout the timeout; zero or negative disables it
     */
    public void setSocketTimeout(Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            return;
        }
        onLoop(() -> {
            this.socketTimeout = new SocketTimeout(this.channel, timeout,
                () -> !this.inflight.isEmpty() && this.channel.config().isAutoRead(), error -> {
                    if (!this.closed) {
                        LOGGER.debug("{} {}", logPrefix(), error.getMessage());
                        onFailure(error);
                    }
                });
            // any byte read is progress, not only whole packets: a large packet on a slow link is progress all along
            this.channel.pipeline().addBefore("s2r.framer", "s2r.progress", this.socketTimeout);
            this.socketTimeout.start();
        });
    }

    /**
     * Sets how a cancelled query is stopped early: once more than {@code thresholdBytes} of a cancelled response
     * have been read only to be dropped, and no other command is in flight behind it, {@code killer} runs (it
     * sends {@code KILL QUERY} on a side connection) and new commands wait until the killed response has ended.
     *
     * @param thresholdBytes the threshold; 0 or less never kills
     * @param killer         sends {@code KILL QUERY} on a side connection, then runs the callback it is given
     */
    public void setCancelKill(long thresholdBytes, java.util.function.Consumer<Runnable> killer) {
        this.cancelKill.configure(thresholdBytes, killer);
    }

    /**
     * Installs the session state once the greeting has been received.
     *
     * @param context the context
     */
    public void setContext(ConnectionContext context) {
        this.context = context;
    }

    /**
     * Diagnostic: the bytes held by rows that were read from the socket but not yet consumed and released
     * (buffered for a subscriber without demand, or being mapped). Bounded by the demand of the subscribers plus one
     * socket read, whatever the size of the result.
     *
     * @return the bytes
     */
    public long retainedBytes() {
        return this.retainedBytes.sum();
    }

    /**
     * Diagnostic: whether the channel currently reads from the socket. It stops when the subscriber of the
     * exchange being answered has no outstanding demand.
     *
     * @return whether auto-read is on
     */
    public boolean isReading() {
        return this.channel.config().isAutoRead();
    }

    @Override
    public ByteBufAllocator alloc() {
        return this.channel.alloc();
    }

    @Override
    public EventLoop eventLoop() {
        return this.channel.eventLoop();
    }

    private void onLoop(Runnable task) {
        EventLoop loop = this.channel.eventLoop();
        if (loop.inEventLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }

    void submit(Exchange exchange) {
        onLoop(() -> {
            if (this.closed || !this.channel.isActive()) {
                exchange.fail(closedException(null));
                return;
            }
            if (this.inflight.size() >= this.pipelineLimit || !this.pending.isEmpty()
                || this.cancelKill.holdsPipeline(this.inflight.peek()) || exclusive()
                || (exchange.request() != null && exchange.request().isExclusive() && !this.inflight.isEmpty())) {
                this.pending.add(exchange);
                updateReading();
                return;
            }
            start(exchange);
        });
    }

    private void start(Exchange exchange) {
        ClientMessage request = exchange.request();
        if (request == null || request.expectsResponse()) {
            this.inflight.add(exchange);
        }
        if (request != null) {
            this.channel.writeAndFlush(request).addListener(f -> {
                if (!f.isSuccess()) {
                    onFailure(ExceptionFactory.connectionClosed("Write failed: " + f.cause().getMessage(),
                        f.cause()));
                }
            });
            if (!request.expectsResponse()) {
                exchange.complete();
            }
        }
        updateReading();
    }

    /** @return whether the command in flight must run alone (nothing pipelined behind it) */
    private boolean exclusive() {
        Exchange head = this.inflight.peek();
        return head != null && head.request() != null && head.request().isExclusive();
    }

    private void drainPending() {
        while (!this.pending.isEmpty() && this.inflight.size() < this.pipelineLimit
            && !this.cancelKill.holdsPipeline(this.inflight.peek()) && !exclusive()) {
            ClientMessage next = this.pending.peek().request();
            if (next != null && next.isExclusive() && !this.inflight.isEmpty()) {
                return;
            }
            start(this.pending.poll());
        }
    }

    private void updateReading() {
        if (!this.channel.isActive()) {
            return;
        }
        // a later command waiting behind a result nobody reads may let the head read ahead, or give it up
        this.unreadResults.check();
        Exchange head = this.inflight.peek();
        boolean read = head == null || head.wantsMore();
        if (this.channel.config().isAutoRead() != read) {
            this.channel.config().setAutoRead(read);
        }
    }

    /**
     * Decodes and delivers one packet; sets {@link #payloadTaken} as soon as a row message has taken the packet over.
     */
    private void dispatch(ByteBuf payload) {
        Exchange head = this.inflight.peek();
        if (head == null) {
            unsolicited(payload);
            return;
        }
        head.answered();
        if (head.isCancelled()) {
            this.cancelKill.onDiscarded(head, payload.readableBytes() + 4, this.inflight.size(), this::onLoop);
        } else if (head.takesInPlace(payload, payload.readerIndex(), payload.readableBytes())) {
            head.takeInPlace(payload, payload.readerIndex(), payload.readableBytes());
            return;
        }
        ServerMessage message = head.decode(payload);
        this.payloadTaken = message instanceof RowMessage;
        if (message != null) {
            ConnectionContext ctx = this.context;
            if (ctx != null) {
                ctx.observe(message);
            }
            head.deliver(message);
        }
        if (head.isDone() && this.inflight.peek() == head) {
            this.inflight.poll();
            head.complete();
            this.cancelKill.onCancelled(this.inflight.peek(), this.inflight.size(), this::onLoop);
            drainPending();
        }
    }

    private void unsolicited(ByteBuf payload) {
        String error = ResponseDecoder.describeError(payload);
        if (error != null) {
            this.closeReason = error;
            LOGGER.debug("{} Server sent an error outside of any exchange: {}", logPrefix(), error);
        } else if (!this.closed) { // after close(), the rest of a failed response arrives: no line per packet
            LOGGER.debug("{} Ignoring a packet of {} bytes that belongs to no exchange", logPrefix(),
                payload.readableBytes());
        }
    }

    private void onFailure(R2dbcException error) {
        // closed before the error travels, so that code reacting to it already sees the connection as invalid
        this.closed = true;
        failAll(error);
        this.connection.dispose();
    }

    private void failAll(Throwable error) {
        Exchange exchange;
        while ((exchange = this.inflight.poll()) != null) {
            exchange.fail(error);
        }
        while ((exchange = this.pending.poll()) != null) {
            exchange.fail(error);
        }
    }

    private R2dbcException closedException(String reason) {
        String message = reason != null ? reason : "Connection is closed";
        if (this.closeReason != null) {
            message = message + ": " + this.closeReason;
        }
        return ExceptionFactory.connectionClosed(message, null);
    }

    @Override
    public String logPrefix() {
        ConnectionContext ctx = this.context;
        return "[s2r#" + (ctx == null ? "?" : Long.toString(ctx.getConnectionId())) + " "
            + TcpConnector.describe(this.channel.remoteAddress()) + "]";
    }

    @Override
    public String toString() {
        return "ReactorNettyClient" + logPrefix();
    }

    /**
     * Lets the framer hand the head exchange the packets it takes in place ({@link Exchange#takesInPlace}), with no
     * slice per packet.
     */
    private final class HeadExchangeInPlace implements PacketFramer.InPlace {

        @Override
        public boolean accepts(ByteBuf in, int index, int length) {
            Exchange head = ReactorNettyClient.this.inflight.peek();
            return head != null && head.takesInPlace(in, index, length);
        }

        @Override
        public void take(ByteBuf in, int index, int length) {
            ReactorNettyClient.this.inflight.peek().takeInPlace(ReactorNettyClient.this.inboundView.readable(in),
                index, length);
        }
    }

    /**
     * Decodes packets with the head exchange's decoder and drives the read demand.
     */
    private final class InboundHandler extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (!(msg instanceof ByteBuf)) {
                ctx.fireChannelRead(msg);
                return;
            }
            ByteBuf payload = (ByteBuf) msg;
            payloadTaken = false;
            try {
                dispatch(payload);
            } catch (RuntimeException e) {
                LOGGER.debug("{} Protocol error", logPrefix(), e);
                onFailure(ExceptionFactory.protocolError(e.getMessage() == null ? e.toString() : e.getMessage()));
            } finally {
                if (!payloadTaken) {
                    inboundView.release(payload);
                }
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            updateReading();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            boolean expected = ReactorNettyClient.this.closed;
            ReactorNettyClient.this.closed = true;
            failAll(closedException(expected ? null : "Connection closed unexpectedly by the server"));
            ctx.fireChannelInactive();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOGGER.debug("{} Connection error", logPrefix(), cause);
            onFailure(ExceptionFactory.connectionClosed("Connection error: " + cause.getMessage(), cause));
        }
    }
}
