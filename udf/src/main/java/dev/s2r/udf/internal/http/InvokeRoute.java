/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.concurrent.GenericFutureListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code POST /invoke}: resolve the headers, aggregate the body under the cap, then decode, call and encode with
 * the {@link CallRunner}, and answer (python-sdk-services.md §2.5). The call races its timeout (504) and, unless
 * {@code s2-ef-ignore-cancel: true}, the engine closing the connection (the call is cancelled; 503 if the answer can
 * still be written). With {@code s2-ef-ignore-cancel: true} the call runs to its end (or its timeout) even when the
 * connection is gone.
 * Every buffer is released on every path: the aggregated body right after decoding (or when the call ends before
 * it), the encoded answer by the channel once written, or here when the answer is never written.
 */
final class InvokeRoute {

    private static final Logger LOGGER = LoggerFactory.getLogger(InvokeRoute.class);

    private final CallResolver resolver;
    private final CallRunner runner;
    private final InFlight inFlight;

    InvokeRoute(CallResolver resolver, CallRunner runner, InFlight inFlight) {
        this.resolver = resolver;
        this.runner = runner;
        this.inFlight = inFlight;
    }

    Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        CallResolver.Resolution resolution = this.resolver.resolve(request.requestHeaders());
        if (resolution instanceof Reply reply) {
            return Routes.send(response, reply);
        }
        CallResolver.Call call = (CallResolver.Call) resolution;
        long declared = contentLength(request);
        if (declared > this.runner.maxBodySize()) {
            return Routes.send(response, Reply.tooLarge(this.runner.maxBodySize())); // the body is never read
        }
        AtomicReference<Channel> channel = new AtomicReference<>();
        request.withConnection(connection -> channel.set(connection.channel()));
        Unsent unsent = new Unsent();
        Runnable end = this.inFlight.begin();
        return BodyAggregator.aggregate(request.receive(), this.runner.maxBodySize(), response.alloc())
            .flatMap(body -> this.runner.call(call, body, closed(channel.get())))
            .onErrorResume(error -> Mono.just(Reply.ofRequestError(error, this.runner.maxBodySize())))
            .flatMap(outcome -> answer(response, outcome, unsent))
            .onErrorResume(error -> channel.get() != null && !channel.get().isActive(), error -> {
                LOGGER.debug("The engine closed the connection before the answer", error);
                return Mono.empty();
            })
            .doFinally(signal -> {
                unsent.close();
                end.run();
            });
    }

    /** @return the declared length, -1 when none; a malformed one is left to the HTTP decoder, which refuses it */
    private static long contentLength(HttpServerRequest request) {
        String value = request.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @return completes when the connection closes */
    private static Mono<Void> closed(Channel channel) {
        if (channel == null) {
            return Mono.never();
        }
        return Mono.create(sink -> {
            ChannelFuture future = channel.closeFuture();
            GenericFutureListener<ChannelFuture> listener = done -> sink.success();
            future.addListener(listener);
            sink.onDispose(() -> future.removeListener(listener));
        });
    }

    private Mono<Void> answer(HttpServerResponse response, Outcome outcome, Unsent unsent) {
        if (outcome instanceof Reply reply) {
            if (reply.status().code() >= HttpResponseStatus.INTERNAL_SERVER_ERROR.code()) {
                LOGGER.debug("Answering {}: {}", reply.status().code(), reply.text());
            }
            return Routes.send(response, reply);
        }
        Outcome.Result result = (Outcome.Result) outcome;
        return this.runner.encode(result, response.alloc(), unsent)
            .then(Mono.defer(() -> response.status(HttpResponseStatus.OK)
                .header(HttpHeaderNames.CONTENT_TYPE, result.call().output().responseType())
                .send(Mono.fromSupplier(unsent::take))
                .then()))
            .onErrorResume(error -> Routes.send(response, Reply.failed(error)));
    }
}
