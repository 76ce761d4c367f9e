/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.message.client.ClientMessage;
import dev.s2r.driver.internal.message.client.ExecuteMessage;
import dev.s2r.driver.internal.message.client.SimpleCommand;
import dev.s2r.driver.internal.message.server.ColumnCache;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.InboundView;
import dev.s2r.driver.internal.message.server.RetainedBytes;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.message.server.StatementColumns;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import io.r2dbc.spi.R2dbcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.NettyPipeline;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.tcp.TcpClient;

import java.net.SocketAddress;
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
    private volatile long killThreshold;
    /** Column definitions of previous results; used by decoders on the event loop only. */
    private final ColumnCache columnCache = new ColumnCache();
    private long lastProgressNanos = System.nanoTime();
    /** Whether a packet arrived since the socket timeout's last check (event loop only). */
    private boolean progressed;
    /** Whether the packet being dispatched was taken over by its row message (event loop only). */
    private boolean payloadTaken;
    private io.netty.util.concurrent.ScheduledFuture<?> socketTimeoutCheck;
    private volatile Runnable killer;
    private volatile boolean closed;
    private volatile String closeReason;

    private ReactorNettyClient(Connection connection, int pipelineLimit, long maxMessageSize) {
        this.connection = connection;
        this.channel = connection.channel();
        this.retainedBytes = new RetainedBytes(this.channel.eventLoop());
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

    /**
     * Opens a TCP connection.
     *
     * @param address        the server address
     * @param connectTimeout the connect timeout
     * @param tcpNoDelay     whether to disable Nagle's algorithm
     * @param tcpKeepAlive   whether to enable TCP keep-alive
     * @param pipelineLimit  how many exchanges may be in flight at once
     * @param maxMessageSize the largest server payload accepted
     * @return the client, before the server's greeting has been read
     */
    public static Mono<ReactorNettyClient> connect(SocketAddress address, Duration connectTimeout, boolean tcpNoDelay,
                                                   boolean tcpKeepAlive, int pipelineLimit, long maxMessageSize) {
        TcpClient tcp = TcpClient.create(ConnectionProvider.newConnection())
            .remoteAddress(() -> address)
            .option(ChannelOption.AUTO_READ, false)
            // the driver does not use writability (its requests are bounded by the pipeline limit): water marks above
            // a bulk INSERT command's size spare every such command two writability events through the pipeline
            .option(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(8 << 20, 16 << 20))
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
        if (!(address instanceof io.netty.channel.unix.DomainSocketAddress)) {
            // TCP only: on a Unix domain socket these options do not exist (reactor-netty's native transport, which
            // domain sockets need, is picked automatically on Linux and macOS)
            tcp = tcp.option(ChannelOption.TCP_NODELAY, tcpNoDelay).option(ChannelOption.SO_KEEPALIVE, tcpKeepAlive);
        }
        return tcp.connect().map(c -> new ReactorNettyClient(c, pipelineLimit, maxMessageSize));
    }

    @Override
    public Flux<ServerMessage> exchange(ClientMessage request, ResponseDecoder.Mode mode) {
        return new ExchangeFlux(request, mode);
    }

    /**
     * The publisher of one exchange: subscribing submits the request; the subscription is the {@link Exchange}.
     */
    private final class ExchangeFlux extends Flux<ServerMessage> {

        private final ClientMessage request;
        private final ResponseDecoder.Mode mode;

        ExchangeFlux(ClientMessage request, ResponseDecoder.Mode mode) {
            this.request = request;
            this.mode = mode;
        }

        @Override
        public void subscribe(CoreSubscriber<? super ServerMessage> actual) {
            ConnectionContext ctx = ReactorNettyClient.this.context;
            boolean deprecateEof = ctx != null && ctx.has(Capabilities.DEPRECATE_EOF);
            Exchange exchange = new Exchange(this.request, new ResponseDecoder(this.mode, deprecateEof,
                ReactorNettyClient.this.retainedBytes, ReactorNettyClient.this.columnCache,
                ctx != null && ctx.has(Capabilities.MARIADB_CACHE_METADATA), statementColumns(this.request))
                .inboundView(ReactorNettyClient.this.inboundView),
                actual, ReactorNettyClient.this.channel.eventLoop(), ReactorNettyClient.this::demandChanged);
            KillSwitch killSwitch = actual.currentContext().getOrDefault(KillSwitch.KEY, null);
            if (killSwitch != null) {
                killSwitch.bind(exchange);
            }
            actual.onSubscribe(exchange);
            submit(exchange);
        }
    }

    /** Runs on the event loop when an exchange's demand changed or it was cancelled. */
    private void demandChanged() {
        killCancelledHead();
        updateReadingOnLoop();
    }

    /**
     * Kills the query of the head exchange at once when it was cancelled with a kill requested (a statement timeout),
     * and it is the only command in flight.
     */
    private void killCancelledHead() {
        Exchange head = this.inflight.peek();
        Runnable kill = this.killer;
        if (head != null && kill != null && head.isCancelledWithKill() && this.inflight.size() == 1
            && head.decoder().getMode() != ResponseDecoder.Mode.LOGIN && head.requestKill()) {
            LOGGER.debug("{} Killing the query of a statement that timed out", logPrefix());
            kill.run();
        }
    }

    private static StatementColumns statementColumns(ClientMessage request) {
        return request instanceof ExecuteMessage ? ((ExecuteMessage) request).columns() : null;
    }

    private void updateReadingOnLoop() {
        if (!this.channel.config().isAutoRead()) {
            updateReading();
        }
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
     * @return completes when the handshake succeeded
     */
    public Mono<Void> startTls(SslContext sslContext, String host, int port) {
        return Mono.create(sink -> onLoop(() -> {
            SslHandler handler = sslContext.newHandler(this.channel.alloc(), host, port);
            this.channel.pipeline().addFirst("s2r.ssl", handler);
            handler.handshakeFuture().addListener(f -> {
                if (f.isSuccess()) {
                    sink.success();
                } else {
                    sink.error(ExceptionFactory.connectionClosed("TLS handshake failed: " + f.cause().getMessage(),
                        f.cause()));
                }
            });
        }));
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
        long nanos = timeout.toNanos();
        long period = Math.max(10_000_000L, nanos / 4);
        onLoop(() -> {
            this.lastProgressNanos = System.nanoTime();
            this.socketTimeoutCheck = this.channel.eventLoop().scheduleAtFixedRate(() -> checkProgress(nanos, timeout),
                period, period, java.util.concurrent.TimeUnit.NANOSECONDS);
            this.channel.closeFuture().addListener(f -> this.socketTimeoutCheck.cancel(false));
        });
    }

    private void checkProgress(long timeoutNanos, Duration timeout) {
        boolean waiting = !this.inflight.isEmpty() && this.channel.config().isAutoRead();
        if (!waiting || this.progressed) {
            this.progressed = false;
            this.lastProgressNanos = System.nanoTime();
            return;
        }
        if (System.nanoTime() - this.lastProgressNanos >= timeoutNanos && !this.closed) {
            LOGGER.debug("{} No answer from the server within the socket timeout of {}", logPrefix(), timeout);
            io.r2dbc.spi.R2dbcTimeoutException error = new io.r2dbc.spi.R2dbcTimeoutException("The server sent "
                + "nothing for " + timeout + " (socketTimeout) while a command waited for its answer; the connection "
                + "is closed", "HYT00", 0);
            this.closed = true;
            failAll(error);
            this.connection.dispose();
        }
    }

    /**
     * Sets how a cancelled query is stopped early: once more than {@code thresholdBytes} of a cancelled response
     * have been read only to be dropped, and no other command is in flight behind it, {@code killer} runs (it
     * sends {@code KILL QUERY} on a side connection) and new commands wait until the killed response has ended.
     *
     * @param thresholdBytes the threshold; 0 or less never kills
     * @param killer         what stops the query on the server
     */
    public void setCancelKill(long thresholdBytes, Runnable killer) {
        this.killThreshold = thresholdBytes;
        this.killer = killer;
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

    private void submit(Exchange exchange) {
        onLoop(() -> {
            if (this.closed || !this.channel.isActive()) {
                exchange.fail(closedException(null));
                return;
            }
            if (this.inflight.size() >= this.pipelineLimit || !this.pending.isEmpty() || killing() || exclusive()
                || (exchange.request() != null && exchange.request().isExclusive() && !this.inflight.isEmpty())) {
                this.pending.add(exchange);
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

    /**
     * New commands are not pipelined behind a cancelled response while it may still be killed: the server would
     * run them only after it anyway, and a command in flight behind it would make {@code KILL QUERY} unsafe.
     */
    private boolean killing() {
        Exchange head = this.inflight.peek();
        return head != null && (head.isKillRequested() || head.isCancelled() && this.killThreshold > 0
            || head.isCancelledWithKill());
    }

    /** @return whether the command in flight must run alone (nothing pipelined behind it) */
    private boolean exclusive() {
        Exchange head = this.inflight.peek();
        return head != null && head.request() != null && head.request().isExclusive();
    }

    private void drainPending() {
        while (!this.pending.isEmpty() && this.inflight.size() < this.pipelineLimit && !killing() && !exclusive()) {
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
        if (head.isCancelled()) {
            maybeKill(head, payload.readableBytes() + 4);
        } else if (head.takesInPlace(payload, payload.readerIndex(), payload.readableBytes())) {
            head.takeInPlace(payload, payload.readerIndex(), payload.readableBytes());
            return;
        }
        ServerMessage message = head.decode(payload);
        this.payloadTaken = message instanceof RowMessage;
        if (message != null) {
            observe(message);
            head.deliver(message);
        }
        if (head.isDone() && this.inflight.peek() == head) {
            this.inflight.poll();
            head.complete();
            killCancelledHead();
            drainPending();
        }
    }

    private void maybeKill(Exchange head, int bytes) {
        long threshold = this.killThreshold;
        Runnable kill = this.killer;
        if (threshold > 0 && kill != null && head.discarded(bytes) > threshold && this.inflight.size() == 1
            && head.decoder().getMode() != ResponseDecoder.Mode.LOGIN && head.requestKill()) {
            LOGGER.debug("{} Killing the cancelled query after {} discarded bytes", logPrefix(), threshold);
            kill.run();
        }
    }

    private void observe(ServerMessage message) {
        ConnectionContext ctx = this.context;
        if (ctx == null) {
            return;
        }
        if (message instanceof OkMessage) {
            ctx.setStatus(((OkMessage) message).getStatus());
        } else if (message instanceof ResultSetEnd) {
            ctx.setStatus(((ResultSetEnd) message).getStatus());
        }
    }

    private void unsolicited(ByteBuf payload) {
        if (payload.isReadable() && payload.getUnsignedByte(payload.readerIndex()) == 0xFF) {
            try {
                ErrorMessage error = (ErrorMessage) new ResponseDecoder(ResponseDecoder.Mode.SIMPLE, false)
                    .decode(payload, false);
                this.closeReason = "[" + error.getCode() + "] " + error.getMessage();
            } catch (RuntimeException e) {
                this.closeReason = "unreadable error packet";
            }
            LOGGER.debug("{} Server sent an error outside of any exchange: {}", logPrefix(), this.closeReason);
        } else {
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
        return "[s2r#" + (ctx == null ? "?" : Long.toString(ctx.getConnectionId())) + " " + remote() + "]";
    }

    private String remote() {
        java.net.SocketAddress address = this.channel.remoteAddress();
        if (address instanceof java.net.InetSocketAddress) {
            java.net.InetSocketAddress inet = (java.net.InetSocketAddress) address;
            return inet.getHostString() + ":" + inet.getPort();
        }
        return String.valueOf(address);
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
            ReactorNettyClient.this.progressed = true;
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
            ReactorNettyClient.this.progressed = true;
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
