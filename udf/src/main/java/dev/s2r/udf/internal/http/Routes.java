/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The server's routes (python-sdk-services.md §2.5):
 * <ul>
 *   <li>{@code POST /invoke}: a function call ({@link InvokeRoute});</li>
 *   <li>{@code GET /} and {@code GET /show/function_info}: {@code function_info} JSON as {@code text/plain};</li>
 *   <li>{@code GET /show/create_function}: the DDL, one statement a line, as {@code text/plain}; only the function
 *       {@code s2-ef-name} names when present;</li>
 *   <li>{@code GET /status}: {@code {"status": "ok"}} as {@code text/plain};</li>
 *   <li>anything else: 404, empty body, no content type.</li>
 * </ul>
 * The statements of both name the configured URL, else {@code http://<Host header>/invoke}.
 * With a bearer token configured, every request but {@code GET /status} needs it (401 otherwise, unknown paths
 * included, so that they tell nothing to a client without it). While the server shuts down, calls are answered 503
 * and their connection closed.
 */
final class Routes implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

    private static final Logger LOGGER = LoggerFactory.getLogger(Routes.class);
    /** The body of {@code GET /status}. */
    static final String STATUS_OK = "{\"status\": \"ok\"}";

    private final InvokeRoute invoke;
    private final FunctionCatalog catalog;
    private final BearerAuth auth;
    private final String configuredUrl;
    private final BooleanSupplier shuttingDown;

    /**
     * @param invoke the function-call route
     * @param catalog the DDL and {@code function_info}
     * @param auth the bearer-token check
     * @param configuredUrl the URL the DDL names, {@code null} to build it from the {@code Host} header
     * @param shuttingDown whether the server stopped taking calls
     */
    Routes(InvokeRoute invoke, FunctionCatalog catalog, BearerAuth auth, String configuredUrl,
           BooleanSupplier shuttingDown) {
        this.invoke = invoke;
        this.catalog = catalog;
        this.auth = auth;
        this.configuredUrl = configuredUrl;
        this.shuttingDown = shuttingDown;
    }

    @Override
    public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
        String path = new QueryStringDecoder(request.uri()).path();
        HttpMethod method = request.method();
        boolean get = HttpMethod.GET.equals(method);
        if (get && "/status".equals(path)) {
            return send(response, Reply.ok(STATUS_OK));
        }
        if (!this.auth.accepts(request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION))) {
            return send(response, Reply.unauthorized())
                .then(Mono.fromRunnable(() -> LOGGER.debug("Refused {} {} without a valid token", method, path)));
        }
        if (HttpMethod.POST.equals(method) && "/invoke".equals(path)) {
            if (this.shuttingDown.getAsBoolean()) {
                return send(response, Reply.shuttingDown());
            }
            return this.invoke.handle(request, response);
        }
        if (!get) {
            return send(response, Reply.notFound());
        }
        return switch (path) {
            case "/", "/show/function_info" -> sendCatalog(response, () -> this.catalog.functionInfo(url(request)));
            case "/show/create_function" -> sendCatalog(response, () -> this.catalog.createFunctions(
                url(request), Optional.ofNullable(request.requestHeaders().get(CallResolver.NAME))));
            default -> send(response, Reply.notFound());
        };
    }

    private String url(HttpServerRequest request) {
        if (this.configuredUrl != null) {
            return this.configuredUrl;
        }
        String host = request.requestHeaders().get(HttpHeaderNames.HOST);
        if (host == null || host.isBlank()) {
            InetSocketAddress local = request.hostAddress();
            host = local == null ? "localhost" : local.getHostString() + ":" + local.getPort();
        }
        return "http://" + host + "/invoke";
    }

    private static Mono<Void> sendCatalog(HttpServerResponse response, Supplier<String> text) {
        String body;
        try {
            body = text.get();
        } catch (RuntimeException e) {
            LOGGER.warn("Describing the functions failed", e);
            return send(response, Reply.failed(e));
        }
        return send(response, Reply.ok(body));
    }

    /**
     * @param response the response
     * @param reply what to answer
     * @return completes when written
     */
    static Mono<Void> send(HttpServerResponse response, Reply reply) {
        response.status(reply.status());
        if (reply.close()) {
            response.keepAlive(false);
        }
        if (reply.text() == null) {
            return response.send().then();
        }
        return response.header(HttpHeaderNames.CONTENT_TYPE, Reply.TEXT_PLAIN)
            .sendString(Mono.just(reply.text()))
            .then();
    }
}
