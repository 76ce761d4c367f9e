/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionSpec;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.FutureMono;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The external-function HTTP server on reactor-netty: binds {@code host}:{@code port}, serves the {@link Routes},
 * runs functions with an {@link Execution} over a bounded scheduler of {@code worker_threads} threads, and owns
 * its event loops, connections and scheduler until {@link #shutdown}. Thread-safe.
 */
public final class UdfHttpServer {

    private static final Duration LOOP_SHUTDOWN = Duration.ofSeconds(5);

    private final DisposableServer server;
    private final ChannelGroup connections;
    private final LoopResources loops;
    private final Scheduler workers;
    private final InFlight inFlight;
    private final AtomicBoolean shuttingDown;

    private UdfHttpServer(DisposableServer server, ChannelGroup connections, LoopResources loops, Scheduler workers,
                          InFlight inFlight, AtomicBoolean shuttingDown) {
        this.server = server;
        this.connections = connections;
        this.loops = loops;
        this.workers = workers;
        this.inFlight = inFlight;
        this.shuttingDown = shuttingDown;
    }

    /**
     * Binds and starts serving, lazily: nothing happens before subscription.
     *
     * @param config the options: host, port, url, data_version, timeout, max_body_size, worker_threads,
     *               concurrency, auth_token
     * @param functions the functions, each named as it is served (prefix and suffix applied)
     * @param codecs the codec of each format served; a request in another format is answered 415 (406 for
     *               {@code accepts})
     * @param catalog the texts of {@code /show/create_function} and {@code /show/function_info}
     * @return the running server
     * @throws IllegalArgumentException (signalled) when two functions have the same served name
     */
    public static Mono<UdfHttpServer> start(UdfConfig config, List<FunctionSpec> functions,
                                            Map<DataFormat, BatchCodec> codecs, FunctionCatalog catalog) {
        return Mono.defer(() -> {
            Map<String, FunctionSpec> byName;
            try {
                byName = CallResolver.byName(functions);
            } catch (IllegalArgumentException e) {
                return Mono.error(e);
            }
            Scheduler workers = Schedulers.newBoundedElastic(config.get(UdfOptions.WORKER_THREADS),
                Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "s2r-udf-worker", 60, true);
            LoopResources loops = LoopResources.create("s2r-udf-http", 1, LoopResources.DEFAULT_IO_WORKER_COUNT, true);
            ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
            InFlight inFlight = new InFlight();
            AtomicBoolean shuttingDown = new AtomicBoolean();
            Execution execution = new Execution(workers, config.get(UdfOptions.CONCURRENCY));
            CallRunner runner = new CallRunner(execution, config.get(UdfOptions.TIMEOUT),
                config.get(UdfOptions.MAX_BODY_SIZE), inFlight);
            InvokeRoute invoke = new InvokeRoute(new CallResolver(byName, codecs, config.get(UdfOptions.DATA_VERSION)),
                runner, inFlight);
            Routes routes = new Routes(invoke, catalog, BearerAuth.of(config.get(UdfOptions.AUTH_TOKEN)),
                config.get(UdfOptions.URL), shuttingDown::get);
            return HttpServer.create()
                .host(config.get(UdfOptions.HOST))
                .port(config.get(UdfOptions.PORT))
                .runOn(loops)
                .channelGroup(connections)
                .handle(routes)
                .bind()
                .map(server -> new UdfHttpServer(server, connections, loops, workers, inFlight, shuttingDown))
                .onErrorResume(error -> release(loops, workers).then(Mono.error(error)));
        });
    }

    /** @return the address the server listens on */
    public InetSocketAddress address() {
        return (InetSocketAddress) this.server.address();
    }

    /** @return the port the server listens on (the one picked when the option was 0) */
    public int port() {
        return this.server.port();
    }

    /** @return the calls in progress, counting those that run on after their connection closed */
    public int inFlight() {
        return this.inFlight.count();
    }

    /**
     * Stops gracefully: closes the listening socket, answers new calls on open connections 503, waits for the calls
     * in progress for at most {@code drain}, then closes every connection and frees the event loops and workers
     * (cancelling what still runs). Idempotent.
     *
     * @param drain the longest wait for calls in progress
     * @return completes when everything is freed
     */
    public Mono<Void> shutdown(Duration drain) {
        return Mono.defer(() -> {
            if (!this.shuttingDown.compareAndSet(false, true)) {
                return Mono.empty();
            }
            return FutureMono.deferFuture(() -> this.server.channel().close())
                .then(this.inFlight.idle(drain))
                .then(FutureMono.deferFuture(this.connections::close))
                .then(release(this.loops, this.workers));
        });
    }

    private static Mono<Void> release(LoopResources loops, Scheduler workers) {
        return loops.disposeLater(Duration.ZERO, LOOP_SHUTDOWN)
            .then(Mono.fromRunnable(workers::dispose));
    }

    @Override
    public String toString() {
        return "UdfHttpServer{" + this.server.address() + "}";
    }
}
