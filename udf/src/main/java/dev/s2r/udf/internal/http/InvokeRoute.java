/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.concurrent.GenericFutureListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code POST /invoke}: resolve the headers, aggregate the body under the cap, decode, call, encode, answer
 * (python-sdk-services.md §2.5). The call races its timeout (504) and, unless {@code s2-ef-ignore-cancel: true},
 * the engine closing the connection (the call is cancelled; 503 if the answer can still be written). With
 * {@code s2-ef-ignore-cancel: true} the call runs to its end (or its timeout) even when the connection is gone.
 * <p>
 * Bodies up to {@link #INLINE_BYTES} are decoded on the event loop and results up to {@link #INLINE_ROWS} rows are
 * encoded there; larger ones on the worker scheduler, so that the event loop is never held for long. Measured on
 * two shared cores with two BIGINT columns: an engine batch (512 rows) decodes in 0.03 ms in ROWDAT_1 (13 KB) and
 * 0.2 ms in JSON (8 KB), 0.4 ms in Arrow; 4,096 rows encode in 0.03 to 0.6 ms in any format; but JSON decodes
 * 74 KB in 0.8 ms and 290 KB in 10 ms, and 6 MB bodies take 7 to 45 ms: too long for a loop that serves other
 * connections, and not worth a thread hop for the common small batch.
 * Every buffer is released on every path: the aggregated body right after decoding (or when the call ends before
 * it), the encoded answer by the channel once written, or here when the answer is never written.
 */
final class InvokeRoute {

    /** Bodies decoded on the event loop; larger ones are decoded on the worker scheduler. */
    static final int INLINE_BYTES = 64 * 1024;
    /** Results encoded on the event loop; larger ones are encoded on the worker scheduler. */
    static final int INLINE_ROWS = 4096;

    private static final Logger LOGGER = LoggerFactory.getLogger(InvokeRoute.class);

    private final CallResolver resolver;
    private final Execution execution;
    private final Duration defaultTimeout;
    private final long maxBodySize;
    private final InFlight inFlight;

    InvokeRoute(CallResolver resolver, Execution execution, Duration defaultTimeout, long maxBodySize,
                InFlight inFlight) {
        this.resolver = resolver;
        this.execution = execution;
        this.defaultTimeout = defaultTimeout;
        this.maxBodySize = maxBodySize;
        this.inFlight = inFlight;
    }

    Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        CallResolver.Resolution resolution = this.resolver.resolve(request.requestHeaders());
        if (resolution instanceof Reply reply) {
            return Routes.send(response, reply);
        }
        CallResolver.Call call = (CallResolver.Call) resolution;
        long declared = contentLength(request);
        if (declared > this.maxBodySize) {
            return Routes.send(response, Reply.tooLarge(this.maxBodySize)); // the body is never read
        }
        AtomicReference<Channel> channel = new AtomicReference<>();
        request.withConnection(connection -> channel.set(connection.channel()));
        Unsent unsent = new Unsent();
        Runnable end = this.inFlight.begin();
        return BodyAggregator.aggregate(request.receive(), this.maxBodySize, response.alloc())
            .flatMap(body -> decode(call, body))
            .flatMap(input -> run(call, input, channel.get()))
            .onErrorResume(error -> Mono.just(Reply.ofRequestError(error, this.maxBodySize)))
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

    private Mono<Batch> decode(CallResolver.Call call, ByteBuf body) {
        if (body.readableBytes() <= INLINE_BYTES) {
            return Mono.fromCallable(() -> {
                try {
                    return call.decoder().decode(body, call.function().argTypes());
                } finally {
                    body.release();
                }
            });
        }
        AtomicBoolean claimed = new AtomicBoolean();
        return Mono.fromCallable(() -> {
                if (!claimed.compareAndSet(false, true)) {
                    return null; // cancelled before it ran: released below
                }
                try {
                    return call.decoder().decode(body, call.function().argTypes());
                } finally {
                    body.release();
                }
            })
            .subscribeOn(this.execution.blocking())
            .doFinally(signal -> {
                if (claimed.compareAndSet(false, true)) {
                    body.release();
                }
            });
    }

    private Mono<Outcome> run(CallResolver.Call call, Batch input, Channel channel) {
        FunctionSpec function = call.function();
        Duration timeout = function.timeout() != null ? function.timeout() : this.defaultTimeout;
        Mono<Outcome> work = Mono.defer(() -> function.invoker().invoke(input, this.execution))
            .map(output -> (Outcome) new Outcome.Result(call, checked(function, input, output)))
            .switchIfEmpty(Mono.fromSupplier(() -> Reply.failed(
                new IllegalStateException("function " + function.name() + " produced no batch"))))
            .timeout(timeout, Mono.fromSupplier(() -> Reply.timedOut(timeout)))
            .onErrorResume(error -> {
                LOGGER.debug("Function {} failed", function.name(), error);
                return Mono.just(Reply.failed(error));
            });
        if (call.ignoreCancel()) {
            // Detached from the request, so that neither the connection closing nor reactor-netty cancelling the
            // handler stops it; counted in flight until it ends.
            Runnable end = this.inFlight.begin();
            Sinks.One<Outcome> result = Sinks.one();
            work.doFinally(signal -> end.run()).subscribe(result::tryEmitValue, result::tryEmitError);
            return result.asMono();
        }
        return Mono.firstWithSignal(work, closed(channel).then(Mono.fromSupplier(Reply::cancelled)));
    }

    /** The output of a scalar function has a row per input row; any function's has its declared columns. */
    private static Batch checked(FunctionSpec function, Batch input, Batch output) {
        if (output.width() != function.returns().size()) {
            throw new IllegalStateException("function " + function.name() + " produced " + output.width()
                + " columns, not " + function.returns().size());
        }
        if (function.kind() == FunctionKind.UDF && output.size() != input.size()) {
            throw new IllegalStateException("function " + function.name() + " produced " + output.size()
                + " rows for " + input.size() + " input rows");
        }
        return output;
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
        CallResolver.Call call = result.call();
        return encode(call, result.output(), response, unsent)
            .flatMap(encoded -> response.status(HttpResponseStatus.OK)
                .header(HttpHeaderNames.CONTENT_TYPE, call.output().responseType())
                .send(Mono.fromSupplier(unsent::take))
                .then())
            .onErrorResume(error -> Routes.send(response, Reply.failed(error)));
    }

    /** Encodes into {@code unsent}, whose buffer the send takes, or the request's end releases. */
    private Mono<Boolean> encode(CallResolver.Call call, Batch output, HttpServerResponse response,
                                 Unsent unsent) {
        Mono<Boolean> encoding = Mono.fromCallable(() -> {
            unsent.put(call.encoder().encode(output, call.function().returnTypes(), response.alloc()));
            return true;
        });
        return output.size() <= INLINE_ROWS ? encoding : encoding.subscribeOn(this.execution.blocking());
    }

    /** The encoded answer until the send takes it; released if the request ends first. */
    private static final class Unsent {

        private ByteBuf buffer;
        private boolean closed;

        synchronized void put(ByteBuf encoded) {
            if (this.closed) {
                encoded.release();
                return;
            }
            this.buffer = encoded;
        }

        synchronized ByteBuf take() {
            ByteBuf taken = this.buffer;
            this.buffer = null;
            return taken;
        }

        synchronized void close() {
            this.closed = true;
            if (this.buffer != null) {
                this.buffer.release();
                this.buffer = null;
            }
        }
    }
}
