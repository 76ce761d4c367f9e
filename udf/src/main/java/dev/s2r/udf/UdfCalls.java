/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.ddl.Registration;
import dev.s2r.udf.internal.function.FunctionSpec;
import dev.s2r.udf.internal.http.BufferedCalls;
import dev.s2r.udf.internal.http.FunctionCatalog;
import io.netty.buffer.ByteBuf;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves {@code @Udf} functions from a host HTTP server (a web framework's routes) instead of {@link UdfServer}'s
 * own: the host reads the request and writes the answer; this class resolves the headers, decodes, calls, encodes
 * and describes exactly as {@link UdfServer} does, with the same options (but for host, port and the collocated
 * ones). Owns a scheduler of {@code worker_threads} threads until {@link #close()}. Thread-safe.
 * <pre>{@code
 * UdfCalls calls = UdfCalls.of(UdfConfig.defaults(), List.of(new MyFunctions()));
 * calls.invoke(headers, body).subscribe(answer -> write(answer.status(), answer.contentType(), answer.body()));
 * }</pre>
 */
public final class UdfCalls implements AutoCloseable {

    /** The body of {@code GET /status}, answered as {@link #TEXT_PLAIN}: {@code {"status": "ok"}}. */
    public static final String STATUS_OK = BufferedCalls.STATUS_OK;
    /** The content type of the helper routes' and the errors' text bodies. */
    public static final String TEXT_PLAIN = BufferedCalls.TEXT_PLAIN;

    private final UdfConfig config;
    private final List<FunctionSpec> functions;
    private final List<FunctionSpec> served;
    private final FunctionCatalog catalog;
    private final Scheduler workers;
    private final BufferedCalls calls;

    private UdfCalls(UdfConfig config, List<FunctionSpec> functions) {
        this.config = config;
        this.functions = List.copyOf(functions);
        this.served = UdfServer.served(this.functions, config);
        this.catalog = UdfServer.catalog(this.functions, config);
        this.workers = Schedulers.newBoundedElastic(config.get(UdfOptions.WORKER_THREADS),
            Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "s2r-udf-worker", 60, true);
        this.calls = BufferedCalls.of(config, this.served, UdfServer.codecs(), this.workers);
    }

    /**
     * @param config the options
     * @param classesOrInstances each a {@code Class} (its static {@code @Udf} methods) or an object (its methods)
     * @return the calls, ready
     * @throws IllegalArgumentException when a method's signature cannot be served, or two functions would be served
     *         under the same name
     */
    public static UdfCalls of(UdfConfig config, List<?> classesOrInstances) {
        Objects.requireNonNull(config, "config");
        List<FunctionSpec> functions = new ArrayList<>();
        for (Object each : classesOrInstances) {
            functions.addAll(UdfServer.scan(Objects.requireNonNull(each, "classOrInstance")));
        }
        return new UdfCalls(config, functions);
    }

    /** @return the options */
    public UdfConfig config() {
        return this.config;
    }

    /** @return the names SingleStore calls the functions by, in {@code s2-ef-name} and in the DDL */
    public List<String> functionNames() {
        return this.served.stream().map(FunctionSpec::name).toList();
    }

    /** @return the largest request body accepted, in bytes ({@code max_body_size}); larger ones are answered 413 */
    public long maxBodySize() {
        return this.calls.maxBodySize();
    }

    /**
     * @param authorization the request's {@code Authorization} header, or {@code null}
     * @return whether it carries the configured {@code auth_token} (always true when none is configured)
     */
    public boolean authorized(String authorization) {
        return this.calls.authorized(authorization);
    }

    /** @return 401 as {@link UdfServer} answers a request without the configured bearer token */
    public UdfAnswer unauthorized() {
        return answer(this.calls.unauthorized());
    }

    /** @return 413 as {@link UdfServer} answers a body over {@code max_body_size}, for a host that caps bodies */
    public UdfAnswer tooLarge() {
        return answer(this.calls.tooLarge());
    }

    private static UdfAnswer answer(BufferedCalls.Answer answer) {
        return new UdfAnswer(answer.status(), answer.contentType(), answer.body());
    }

    /**
     * Answers {@code POST /invoke} as {@link UdfServer} would: reads {@code s2-ef-name}, {@code s2-ef-version},
     * {@code content-type}, {@code accepts} and {@code s2-ef-ignore-cancel}; 200 with the result, else 404, 400,
     * 413, 415, 406, 500, 503 or 504. Cancelling the subscription cancels the call (unless it ignores cancellation).
     *
     * @param headers the request's headers, names in any case
     * @param body the whole request body, released here on every path
     * @return the answer, whose body the subscriber writes and releases
     */
    public Mono<UdfAnswer> invoke(Map<String, String> headers, ByteBuf body) {
        Objects.requireNonNull(body, "body");
        if (headers == null) {
            body.release();
            throw new NullPointerException("headers");
        }
        return this.calls.invoke(headers, body).map(UdfCalls::answer);
    }

    /**
     * The body of {@code GET /show/create_function}.
     *
     * @param url the URL the statements name as the service
     * @param name the one function to describe (its served name), or empty for all
     * @return the {@code CREATE EXTERNAL FUNCTION} statements, one a line
     */
    public String createFunctions(String url, Optional<String> name) {
        return this.catalog.createFunctions(url, name);
    }

    /**
     * The body of {@code GET /show/function_info}.
     *
     * @param url the URL the statements in it name as the service
     * @return the JSON document {@code {"functions": {...}}}
     */
    public String functionInfo(String url) {
        return this.catalog.functionInfo(url);
    }

    /**
     * Creates the functions in SingleStore, as {@link UdfServer#register} does.
     *
     * @param factory connects to SingleStore
     * @param url the URL SingleStore calls ({@code AS REMOTE SERVICE "<url>"})
     * @param replace whether to replace existing functions
     * @return completes once every statement has run
     */
    public Mono<Void> register(ConnectionFactory factory, String url, boolean replace) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(url, "url");
        return Mono.defer(() -> Registration.register(factory, this.functions, this.config, url, replace));
    }

    /**
     * Drops the functions whose DDL points at {@code url}, and only those.
     *
     * @param factory connects to SingleStore
     * @param url the URL they were registered with
     * @return completes once they are dropped
     */
    public Mono<Void> unregister(ConnectionFactory factory, String url) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(url, "url");
        return Mono.defer(() -> Registration.unregister(factory, url, this.config));
    }

    /** Frees the worker threads, cancelling what still runs on them. Idempotent. */
    @Override
    public void close() {
        this.workers.dispose();
    }

    @Override
    public String toString() {
        return "UdfCalls" + functionNames();
    }
}
