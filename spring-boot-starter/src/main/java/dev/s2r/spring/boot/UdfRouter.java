/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import dev.s2r.udf.UdfAnswer;
import dev.s2r.udf.UdfCalls;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The WebFlux routes of the {@code @Udf} functions, with the wire contract of {@code UdfServer}: {@code POST <path>}
 * answered by {@link UdfCalls#invoke}, and {@code GET <prefix>/show/create_function},
 * {@code <prefix>/show/function_info} and {@code <prefix>/status}. The functions are known once every singleton exists ({@link UdfFunctions}); until
 * then calls are answered 503.
 */
final class UdfRouter {

    private final Supplier<UdfCalls> calls;
    private final String path;
    private final String prefix;
    private final String url;

    /**
     * @param calls the functions, {@code null} until they are collected
     * @param path the path of calls
     * @param prefix the prefix of the helper routes
     * @param url the URL the DDL names, {@code null} for {@code http://<Host header><path>}
     */
    UdfRouter(Supplier<UdfCalls> calls, String path, String prefix, String url) {
        this.calls = calls;
        this.path = path;
        this.prefix = prefix;
        this.url = url;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
            .POST(this.path, this::invoke)
            .GET(this.prefix + "/show/create_function", request -> describe(request, calls -> calls.createFunctions(
                url(request), Optional.ofNullable(request.headers().firstHeader("s2-ef-name")))))
            .GET(this.prefix + "/show/function_info", request -> describe(request,
                calls -> calls.functionInfo(url(request))))
            .GET(this.prefix + "/status", request -> text(200, UdfCalls.STATUS_OK))
            .build();
    }

    private Mono<ServerResponse> invoke(ServerRequest request) {
        UdfCalls calls = this.calls.get();
        if (calls == null) {
            return text(503, "server is starting");
        }
        HttpHeaders headers = request.headers().asHttpHeaders();
        if (!calls.authorized(headers.getFirst(HttpHeaders.AUTHORIZATION))) {
            return write(calls.unauthorized());
        }
        long max = calls.maxBodySize();
        if (headers.getContentLength() > max) {
            return write(calls.tooLarge()); // the body is never read
        }
        int cap = (int) Math.min(max, Integer.MAX_VALUE);
        return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), cap)
            .map(UdfRouter::byteBuf)
            .defaultIfEmpty(Unpooled.EMPTY_BUFFER)
            .flatMap(body -> calls.invoke(headers.toSingleValueMap(), body))
            .onErrorResume(DataBufferLimitException.class, error -> Mono.just(calls.tooLarge()))
            .flatMap(UdfRouter::write);
    }

    private Mono<ServerResponse> describe(ServerRequest request, Function<UdfCalls, String> text) {
        UdfCalls calls = this.calls.get();
        if (calls == null) {
            return text(503, "server is starting");
        }
        if (!calls.authorized(request.headers().firstHeader(HttpHeaders.AUTHORIZATION))) {
            return write(calls.unauthorized());
        }
        return Mono.fromCallable(() -> text.apply(calls)).flatMap(body -> text(200, body));
    }

    private String url(ServerRequest request) {
        if (this.url != null) {
            return this.url;
        }
        String host = request.headers().firstHeader(HttpHeaders.HOST);
        if (host == null || host.isBlank()) {
            host = request.uri().getAuthority();
        }
        return "http://" + host + this.path;
    }

    /** The aggregated body as a Netty buffer, now the caller's to release. */
    private static ByteBuf byteBuf(DataBuffer buffer) {
        if (buffer instanceof NettyDataBuffer netty) {
            return netty.getNativeBuffer();
        }
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return Unpooled.wrappedBuffer(bytes);
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static Mono<ServerResponse> text(int status, String body) {
        return write(new UdfAnswer(status, UdfCalls.TEXT_PLAIN,
            Unpooled.wrappedBuffer(body.getBytes(StandardCharsets.UTF_8))));
    }

    /** Writes the status, content type and body as they are; the body is released once written. */
    private static Mono<ServerResponse> write(UdfAnswer answer) {
        ServerResponse.BodyBuilder builder = ServerResponse.status(answer.status());
        if (answer.body() == null) {
            return builder.build();
        }
        ByteBuf body = answer.body();
        BodyInserter<ByteBuf, ReactiveHttpOutputMessage> inserter = (message, context) ->
            message.writeWith(Mono.fromSupplier(() -> dataBuffer(message.bufferFactory(), body)));
        return builder.header(HttpHeaders.CONTENT_TYPE, answer.contentType())
            .contentLength(body.readableBytes())
            .body(inserter);
    }

    private static DataBuffer dataBuffer(DataBufferFactory factory, ByteBuf body) {
        if (factory instanceof NettyDataBufferFactory netty) {
            return netty.wrap(body);
        }
        try {
            return factory.wrap(ByteBufUtil.getBytes(body));
        } finally {
            body.release();
        }
    }
}
