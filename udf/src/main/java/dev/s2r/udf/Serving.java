/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.collocated.CollocatedServer;
import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionSpec;
import dev.s2r.udf.internal.http.FunctionCatalog;
import dev.s2r.udf.internal.http.UdfHttpServer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A running server of one transport: HTTP, or collocated (a Unix socket and shared memory). */
interface Serving {

    /** @return the endpoint the DDL names: the server's URL, or its socket path */
    String endpoint();

    /** @return the TCP port, or -1 for a collocated server */
    int port();

    /** @return the calls in progress */
    int inFlight();

    /**
     * @param drain the longest wait for calls in progress
     * @return completes when everything is freed
     */
    Mono<Void> shutdown(Duration drain);

    /**
     * Starts the transport the options ask for: collocated when {@code socket_path} is set, else HTTP.
     *
     * @param config the options
     * @param served the functions under the names SingleStore calls them by
     * @param codecs the codec of each format
     * @param catalog the DDL and {@code function_info} of the HTTP helper routes
     * @return the running server
     */
    static Mono<Serving> start(UdfConfig config, List<FunctionSpec> served, Map<DataFormat, BatchCodec> codecs,
                               FunctionCatalog catalog) {
        String socket = config.get(UdfOptions.SOCKET_PATH);
        if (socket == null) {
            return UdfHttpServer.start(config, served, codecs, catalog).map(Http::new);
        }
        return Mono.<Serving>fromCallable(() -> Collocated.start(config, Path.of(socket), served, codecs))
            .subscribeOn(Schedulers.boundedElastic());
    }

    /** HTTP: {@code POST /invoke} and the helper routes. */
    record Http(UdfHttpServer server) implements Serving {

        @Override
        public String endpoint() {
            return null;
        }

        @Override
        public int port() {
            return this.server.port();
        }

        @Override
        public int inFlight() {
            return this.server.inFlight();
        }

        @Override
        public Mono<Void> shutdown(Duration drain) {
            return this.server.shutdown(drain);
        }
    }

    /** Collocated: the socket server and the workers its functions run on. */
    record Collocated(CollocatedServer server, Scheduler workers) implements Serving {

        static Collocated start(UdfConfig config, Path socket, List<FunctionSpec> served,
                                Map<DataFormat, BatchCodec> codecs) throws java.io.IOException {
            Map<String, FunctionSpec> byName = new LinkedHashMap<>();
            // the engine's calls are bounded as over HTTP: by the function's own timeout, else the server's
            served.forEach(function -> byName.put(function.name(), function.timeout() != null ? function
                : new FunctionSpec(function.name(), function.args(), function.returns(), function.kind(),
                    function.record(), config.get(UdfOptions.TIMEOUT), function.summary(), function.invoker())));
            Scheduler workers = Schedulers.newBoundedElastic(config.get(UdfOptions.WORKER_THREADS),
                Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "s2r-udf-worker", 60, true);
            try {
                CollocatedServer server = CollocatedServer.start(socket, byName, codecs.get(DataFormat.ROWDAT_1),
                    new Execution(workers, config.get(UdfOptions.CONCURRENCY)),
                    config.get(UdfOptions.MAX_CONNECTIONS));
                return new Collocated(server, workers);
            } catch (java.io.IOException | RuntimeException e) {
                workers.dispose();
                throw e;
            }
        }

        @Override
        public String endpoint() {
            return this.server.socketPath().toString();
        }

        @Override
        public int port() {
            return -1;
        }

        @Override
        public int inFlight() {
            return 0;
        }

        @Override
        public Mono<Void> shutdown(Duration drain) {
            return Mono.<Void>fromRunnable(() -> this.server.close(drain))
                .subscribeOn(Schedulers.boundedElastic())
                .then(Mono.fromRunnable(this.workers::dispose));
        }
    }
}
