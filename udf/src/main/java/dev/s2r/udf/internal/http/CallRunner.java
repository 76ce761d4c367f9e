/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The transport-free part of {@code POST /invoke} (python-sdk-services.md §2.5): decode an aggregated body, call
 * the function under its timeout, check and encode its output. Shared by the reactor-netty route
 * ({@link InvokeRoute}) and the buffered entry point ({@link BufferedCalls}), so that both answer alike.
 * <p>
 * Bodies up to {@link #INLINE_BYTES} are decoded on the calling thread (an event loop) and results up to
 * {@link #INLINE_ROWS} rows are encoded there; larger ones on the worker scheduler, so that the event loop is never
 * held for long. Measured on two shared cores with two BIGINT columns: an engine batch (512 rows) decodes in
 * 0.03 ms in ROWDAT_1 (13 KB) and 0.2 ms in JSON (8 KB), 0.4 ms in Arrow; 4,096 rows encode in 0.03 to 0.6 ms in
 * any format; but JSON decodes 74 KB in 0.8 ms and 290 KB in 10 ms, and 6 MB bodies take 7 to 45 ms: too long for
 * a loop that serves other connections, and not worth a thread hop for the common small batch.
 */
final class CallRunner {

    /** Bodies decoded on the event loop; larger ones are decoded on the worker scheduler. */
    static final int INLINE_BYTES = 64 * 1024;
    /** Results encoded on the event loop; larger ones are encoded on the worker scheduler. */
    static final int INLINE_ROWS = 4096;

    private static final Logger LOGGER = LoggerFactory.getLogger(CallRunner.class);

    private final Execution execution;
    private final Duration defaultTimeout;
    private final long maxBodySize;
    private final InFlight inFlight;

    /**
     * @param execution where functions run
     * @param defaultTimeout the timeout of functions that declare none
     * @param maxBodySize the largest body accepted, for the 413 text
     * @param inFlight counts the calls that run on after their requester left
     */
    CallRunner(Execution execution, Duration defaultTimeout, long maxBodySize, InFlight inFlight) {
        this.execution = execution;
        this.defaultTimeout = defaultTimeout;
        this.maxBodySize = maxBodySize;
        this.inFlight = inFlight;
    }

    /** @return the largest body accepted, in bytes */
    long maxBodySize() {
        return this.maxBodySize;
    }

    /**
     * Decodes, calls and checks; never fails: errors become their {@link Reply}.
     *
     * @param call the resolved call
     * @param body the aggregated body, released here on every path
     * @param disconnected completes when the requester is gone (cancels the call unless it ignores cancellation)
     * @return the output, or the reply that replaces it
     */
    Mono<Outcome> call(CallResolver.Call call, ByteBuf body, Mono<Void> disconnected) {
        return decode(call, body)
            .flatMap(input -> run(call, input, disconnected))
            .onErrorResume(error -> Mono.just(Reply.ofRequestError(error, this.maxBodySize)));
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

    private Mono<Outcome> run(CallResolver.Call call, Batch input, Mono<Void> disconnected) {
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
            // Detached from the request, so that neither the connection closing nor the server cancelling the
            // handler stops it; counted in flight until it ends.
            Runnable end = this.inFlight.begin();
            Sinks.One<Outcome> result = Sinks.one();
            work.doFinally(signal -> end.run()).subscribe(result::tryEmitValue, result::tryEmitError);
            return result.asMono();
        }
        return Mono.firstWithSignal(work, disconnected.then(Mono.fromSupplier(Reply::cancelled)));
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

    /**
     * Encodes into {@code unsent}, whose buffer the sender takes, or the call's end releases.
     *
     * @param result the output to encode in the call's output format
     * @param allocator where the encoded buffer comes from
     * @param unsent receives the encoded buffer
     * @return completes once encoded
     */
    Mono<Void> encode(Outcome.Result result, ByteBufAllocator allocator, Unsent unsent) {
        CallResolver.Call call = result.call();
        Mono<Void> encoding = Mono.fromRunnable(() -> unsent.put(
            call.encoder().encode(result.output(), call.function().returnTypes(), allocator)));
        return result.output().size() <= INLINE_ROWS ? encoding : encoding.subscribeOn(this.execution.blocking());
    }
}
