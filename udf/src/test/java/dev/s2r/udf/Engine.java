/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls a UDF server as the engine does (singlestore-server.md §3.2; python-sdk-services.md §2.5): {@code POST}
 * with {@code Content-Type}, {@code Accepts} (sic), {@code s2-ef-name}, {@code s2-ef-version: 1.0} and
 * {@code s2-ef-ignore-cancel}, over reactor-netty's HttpClient with a connection pool of its own.
 */
final class Engine implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ConnectionProvider connections = ConnectionProvider.builder("engine").maxConnections(32)
        .pendingAcquireMaxCount(-1).build();
    private final HttpClient client;

    Engine(int port) {
        this.client = HttpClient.create(this.connections).host("127.0.0.1").port(port);
    }

    /** A response: status, content type ({@code null} when none) and body. */
    record Answer(int status, String contentType, byte[] body) {

        String text() {
            return new String(this.body, StandardCharsets.UTF_8);
        }
    }

    /** @return the headers the engine sends for a ROWDAT_1 call of {@code name} */
    static Map<String, String> headers(String name) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/octet-stream");
        headers.put("Accepts", "application/octet-stream");
        headers.put("s2-ef-name", name);
        headers.put("s2-ef-version", "1.0");
        headers.put("s2-ef-ignore-cancel", "false");
        return headers;
    }

    /**
     * @param name the function
     * @param body the ROWDAT_1 body
     * @return the answer
     */
    Answer call(String name, byte[] body) {
        return call(headers(name), body).block(WAIT);
    }

    /**
     * @param headers the request headers; a {@code null} value leaves the header out
     * @param body the body
     * @return the answer, lazily
     */
    Mono<Answer> call(Map<String, String> headers, byte[] body) {
        return this.client.headers(h -> put(h, headers))
            .post().uri("/invoke")
            .send(ByteBufFlux.fromInbound(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body))))
            .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
                .map(bytes -> new Answer(response.status().code(),
                    response.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE), bytes)));
    }

    /**
     * @param path the path
     * @param headers the request headers
     * @return the answer of {@code GET path}
     */
    Answer get(String path, Map<String, String> headers) {
        return this.client.headers(h -> put(h, headers))
            .get().uri(path)
            .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
                .map(bytes -> new Answer(response.status().code(),
                    response.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE), bytes)))
            .block(WAIT);
    }

    private static void put(HttpHeaders target, Map<String, String> headers) {
        headers.forEach((name, value) -> {
            if (value != null) {
                target.set(name, value);
            }
        });
    }

    @Override
    public void close() {
        this.connections.disposeLater().block(WAIT);
    }
}
