/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.format.BatchCodecs;
import dev.s2r.udf.internal.ddl.FunctionInfo;
import dev.s2r.udf.internal.ddl.Registration;
import dev.s2r.udf.internal.function.FunctionSpec;
import dev.s2r.udf.internal.http.FunctionCatalog;
import dev.s2r.udf.internal.signature.Signatures;
import io.r2dbc.spi.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Serves external functions to SingleStore over HTTP: {@code POST /invoke} in ROWDAT_1, JSON or Arrow, and the
 * helper routes {@code /show/create_function}, {@code /show/function_info} and {@code /status}; or, with the
 * {@code socket_path} option, collocated with the engine over a Unix socket and shared memory (Linux).
 * <pre>{@code
 * UdfServer server = UdfServer.builder()
 *     .config(UdfConfig.builder().set(UdfOptions.PORT, 0).build())
 *     .function(new MyFunctions())
 *     .build()
 *     .start()
 *     .block();
 * // ... CREATE EXTERNAL FUNCTION ... AS REMOTE SERVICE "<server.url()>" ...
 * server.shutdown().block();
 * }</pre>
 * Differences from the Python server: a wrong or missing {@code s2-ef-version} is answered 400, not 500; a body
 * over {@code max_body_size} 413; an unknown {@code content-type} 415 and {@code accepts} 406; with
 * {@code auth_token}, a call without {@code Authorization: Bearer <token>} 401. Thread-safe.
 */
public final class UdfServer {

    /** The longest {@link #shutdown()} waits for calls in progress. */
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(30);

    private static final Logger LOGGER = LoggerFactory.getLogger(UdfServer.class);

    private final UdfConfig config;
    private final List<FunctionSpec> functions;
    private final List<FunctionSpec> served;
    private final Map<DataFormat, BatchCodec> codecs;
    private final Function<List<FunctionSpec>, FunctionCatalog> catalog;
    private final AtomicReference<Serving> running = new AtomicReference<>();

    private UdfServer(Builder builder) {
        this.config = builder.config;
        this.functions = List.copyOf(builder.functions);
        this.served = served(this.functions, this.config);
        this.codecs = builder.codecs != null ? Map.copyOf(builder.codecs) : codecs();
        this.catalog = builder.catalog != null ? builder.catalog : functions -> catalog(functions, this.config);
    }

    /** @return a builder with the default options and no function */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds {@code host}:{@code port} and starts serving, lazily: nothing happens before subscription. A server
     * starts once.
     *
     * @return this server, once it listens
     * @throws IllegalStateException (signalled) when it was started before
     */
    public Mono<UdfServer> start() {
        return Mono.defer(() -> {
            if (this.running.get() != null) {
                return Mono.error(new IllegalStateException("the server was started before"));
            }
            return Serving.start(this.config, this.served, this.codecs, this.catalog.apply(this.functions))
                .flatMap(serving -> this.running.compareAndSet(null, serving) ? Mono.just(this)
                    : serving.shutdown(Duration.ZERO).then(Mono.error(
                        new IllegalStateException("the server was started before"))));
        });
    }

    /**
     * @return the port the server listens on: the configured one, or the one picked for port 0
     * @throws IllegalStateException when the server is not started
     */
    public int port() {
        return running().port();
    }

    /**
     * @return the endpoint SingleStore calls: in collocated mode the socket's absolute path; else the {@code url}
     * option, else {@code http://<host>:<port>/invoke}
     * @throws IllegalStateException when the server is not started and no {@code url} is configured
     */
    public String url() {
        Serving serving = this.running.get();
        if (serving != null && serving.endpoint() != null) {
            return serving.endpoint();
        }
        String configured = this.config.get(UdfOptions.URL);
        if (configured != null) {
            return configured;
        }
        String host = this.config.get(UdfOptions.HOST);
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/invoke";
    }

    /**
     * @return the names SingleStore calls the served functions by ({@code name_prefix}, the declared name and
     * {@code name_suffix}), in {@code s2-ef-name} and in the DDL
     */
    public List<String> functionNames() {
        return this.served.stream().map(FunctionSpec::name).toList();
    }

    /** @return the served functions, named as declared (without prefix and suffix) */
    List<FunctionSpec> specs() {
        return this.functions;
    }

    /** @return the calls in progress, as tests observe them */
    int inFlight() {
        return running().inFlight();
    }

    /** @return the options the server runs with */
    public UdfConfig config() {
        return this.config;
    }

    /**
     * Stops gracefully, waiting at most {@link #DEFAULT_DRAIN} for calls in progress; see {@link #shutdown(Duration)}.
     *
     * @return completes when the server is stopped
     */
    public Mono<Void> shutdown() {
        return shutdown(DEFAULT_DRAIN);
    }

    /**
     * Stops gracefully: stops accepting connections, answers new calls 503, waits at most {@code drain} for the
     * calls in progress to be answered, then closes every connection and frees the server's threads (cancelling
     * what still runs). Does nothing when the server is not running.
     *
     * @param drain the longest wait for calls in progress
     * @return completes when the server is stopped
     */
    public Mono<Void> shutdown(Duration drain) {
        Objects.requireNonNull(drain, "drain");
        return Mono.defer(() -> {
            Serving serving = this.running.get();
            return serving == null ? Mono.empty() : serving.shutdown(drain);
        });
    }

    @Override
    public String toString() {
        Serving serving = this.running.get();
        return "UdfServer{" + (serving == null ? "not started" : url()) + ", " + this.functions.size()
            + " functions}";
    }

    private Serving running() {
        Serving serving = this.running.get();
        if (serving == null) {
            throw new IllegalStateException("the server is not started");
        }
        return serving;
    }

    /**
     * Creates the served functions in SingleStore ({@code CREATE EXTERNAL FUNCTION ... AS REMOTE SERVICE "<url>"},
     * or {@code COLLOCATED SERVICE "<socket>"}), and first the configured {@code LINK}. With {@code replace}, first
     * drops every function whose DDL points at this server and writes {@code CREATE OR REPLACE}.
     *
     * @param factory connects to SingleStore
     * @param replace whether to replace existing functions
     * @return completes once every statement has run; fails with the first statement's error
     * @throws IllegalStateException (signalled) when the server is not started and no {@code url} is configured
     */
    public Mono<Void> register(ConnectionFactory factory, boolean replace) {
        Objects.requireNonNull(factory, "factory");
        return Mono.defer(() -> Registration.register(factory, this.functions, this.config, url(), replace));
    }

    /**
     * Drops the functions whose DDL points at this server, and only those.
     *
     * @param factory connects to SingleStore
     * @return completes once they are dropped
     */
    public Mono<Void> unregister(ConnectionFactory factory) {
        Objects.requireNonNull(factory, "factory");
        return Mono.defer(() -> Registration.unregister(factory, url(), this.config));
    }

    /** The functions an object declares with {@code @Udf}: its class's static methods, or an instance's methods. */
    static List<FunctionSpec> scan(Object classOrInstance) {
        return Signatures.scan(classOrInstance);
    }

    /**
     * @param functions functions named as declared
     * @param config the options ({@code name_prefix}, {@code name_suffix})
     * @return them named as SingleStore calls them
     * @throws IllegalArgumentException when two would be served under the same name
     */
    static List<FunctionSpec> served(List<FunctionSpec> functions, UdfConfig config) {
        String prefix = Objects.requireNonNullElse(config.get(UdfOptions.NAME_PREFIX), "");
        String suffix = Objects.requireNonNullElse(config.get(UdfOptions.NAME_SUFFIX), "");
        List<FunctionSpec> served = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (FunctionSpec function : functions) {
            FunctionSpec named = function.named(prefix + function.name() + suffix);
            if (!names.add(named.name())) {
                throw new IllegalArgumentException("two functions are served as " + named.name());
            }
            served.add(named);
        }
        return List.copyOf(served);
    }

    /** The codec of each format; Arrow's only when Arrow is on the class path (else such calls are 415/406). */
    static Map<DataFormat, BatchCodec> codecs() {
        Map<DataFormat, BatchCodec> codecs = new EnumMap<>(DataFormat.class);
        for (DataFormat format : DataFormat.values()) {
            try {
                codecs.put(format, BatchCodecs.of(format));
            } catch (IllegalStateException absent) {
                LOGGER.debug("Not serving {}: {}", format, absent.getMessage());
            }
        }
        return codecs;
    }

    /** The DDL and {@code function_info} of the functions (named as declared), from {@code internal.ddl}. */
    static FunctionCatalog catalog(List<FunctionSpec> functions, UdfConfig config) {
        FunctionInfo info = new FunctionInfo(functions, config);
        return new FunctionCatalog() {
            @Override
            public String createFunctions(String url, Optional<String> name) {
                return info.createFunctions(url, name);
            }

            @Override
            public String functionInfo(String url) {
                return info.json(url);
            }
        };
    }

    /** Collects the options and functions of a server; not thread-safe. */
    public static final class Builder {

        private UdfConfig config = UdfConfig.defaults();
        private final List<FunctionSpec> functions = new ArrayList<>();
        private Map<DataFormat, BatchCodec> codecs;
        private Function<List<FunctionSpec>, FunctionCatalog> catalog;

        private Builder() {
        }

        /**
         * @param config the options; later calls replace earlier ones
         * @return this builder
         */
        public Builder config(UdfConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Serves the {@code @Udf} methods of a class (its static methods) or of an object (its methods).
         *
         * @param classOrInstance a {@code Class} or an instance
         * @return this builder
         * @throws IllegalArgumentException when a method's signature cannot be served
         */
        public Builder function(Object classOrInstance) {
            this.functions.addAll(scan(Objects.requireNonNull(classOrInstance, "classOrInstance")));
            return this;
        }

        /** Serves a function described directly, as tests and other declaration styles do. */
        Builder spec(FunctionSpec function) {
            this.functions.add(Objects.requireNonNull(function, "function"));
            return this;
        }

        /** Replaces the codecs, as tests do. */
        Builder codecs(Map<DataFormat, BatchCodec> codecs) {
            this.codecs = Map.copyOf(codecs);
            return this;
        }

        /** Replaces the catalog, as tests do. */
        Builder catalog(Function<List<FunctionSpec>, FunctionCatalog> catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * @return the server, not yet started
         * @throws IllegalArgumentException when two functions would be served under the same name
         */
        public UdfServer build() {
            return new UdfServer(this);
        }
    }
}
