/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.Invoker;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An asynchronous function: per row, a {@code Mono} or {@code CompletableFuture} of one value or record (a scalar
 * function; empty is NULL), or a {@code Flux} of rows (a table-valued function). Up to the concurrency's number of
 * rows are in flight at once and the output keeps the input's order. The function itself is always called on the
 * blocking scheduler (its publishers may complete anywhere, an event loop included); cancelling stops the calls
 * not yet made.
 */
final class AsyncRowInvoker implements Invoker {

    /** What a function's call returns. */
    enum Kind { MONO, FUTURE, FLUX }

    private final MethodHandle call;
    private final MethodHandle writer;
    private final List<Slot> args;
    private final List<WireType> outs;
    private final Kind kind;
    private final int concurrency;
    private final String label;

    /**
     * @param call {@code (Column[] in, int row) -> Object}: the row's publisher or future
     * @param writer {@code (Column[] out, Object value) -> void}
     * @param concurrency the function's own concurrency, 0 for the execution's
     */
    AsyncRowInvoker(MethodHandle call, MethodHandle writer, List<Slot> args, List<Slot> outs, Kind kind,
                    int concurrency, String label) {
        this.call = call;
        this.writer = writer;
        this.args = List.copyOf(args);
        this.outs = outs.stream().map(Slot::wire).toList();
        this.kind = kind;
        this.concurrency = concurrency;
        this.label = label;
    }

    @Override
    public Mono<Batch> invoke(Batch input, Execution execution) {
        int width = Math.max(1, this.concurrency > 0 ? this.concurrency : execution.concurrency());
        return Mono.defer(() -> {
            Column[] in = RowHandles.columns(input, this.args);
            Batch output = Batch.of(this.outs, input.size());
            Column[] out = new Column[this.outs.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = output.column(i);
            }
            return Flux.range(0, input.size())
                .publishOn(execution.blocking(), width)
                .flatMapSequential(row -> produce(in, row), width)
                .doOnNext(produced -> write(output, out, input.rowId(produced.row), produced.value))
                .then(Mono.just(output));
        });
    }

    private Publisher<Produced> produce(Column[] in, int row) {
        Object result;
        try {
            result = this.call.invokeExact(in, row);
        } catch (Throwable t) {
            return Mono.error(t);
        }
        if (result == null) {
            return Mono.error(new NullPointerException(this.label + " returned null instead of a "
                + (this.kind == Kind.FUTURE ? "CompletableFuture" : "publisher")));
        }
        return switch (this.kind) {
            case MONO -> Mono.from(cast(result)).map(value -> new Produced(row, value))
                .defaultIfEmpty(new Produced(row, null));
            case FUTURE -> Mono.fromFuture((CompletableFuture<?>) result).map(value -> new Produced(row, value))
                .defaultIfEmpty(new Produced(row, null));
            case FLUX -> Flux.from(cast(result)).map(value -> new Produced(row, value));
        };
    }

    @SuppressWarnings("unchecked")
    private static Publisher<Object> cast(Object publisher) {
        return (Publisher<Object>) publisher;
    }

    private void write(Batch output, Column[] out, long rowId, Object value) {
        try {
            this.writer.invokeExact(out, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        output.addRowId(rowId);
    }

    /** One value a row produced. */
    private record Produced(int row, Object value) {
    }
}
