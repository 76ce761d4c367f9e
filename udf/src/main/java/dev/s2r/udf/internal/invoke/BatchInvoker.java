/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

import dev.s2r.udf.api.BatchTable;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.Invoker;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A batch function: called once per batch, on the blocking scheduler, with whole columns; it returns a column as
 * long as the input, or a {@link BatchTable} whose rows name their input rows. A {@code Mono} or
 * {@code CompletableFuture} of either is awaited without blocking.
 */
final class BatchInvoker implements Invoker {

    /** How the function returns its result. */
    enum Kind { DIRECT, MONO, FUTURE }

    private final MethodHandle target;
    private final List<Slot> args;
    private final List<Slot> outs;
    private final boolean table;
    private final Kind kind;

    /**
     * @param target the function, receiver bound, any arity
     * @param table whether it returns a {@link BatchTable} rather than one column
     */
    BatchInvoker(MethodHandle target, List<Slot> args, List<Slot> outs, boolean table, Kind kind) {
        this.target = target;
        this.args = List.copyOf(args);
        this.outs = List.copyOf(outs);
        this.table = table;
        this.kind = kind;
    }

    @Override
    public Mono<Batch> invoke(Batch input, Execution execution) {
        Mono<Object> result = Mono.fromCallable(() -> call(input)).subscribeOn(execution.blocking());
        Mono<Object> awaited = switch (this.kind) {
            case DIRECT -> result;
            case MONO -> result.flatMap(publisher -> Mono.from(cast(publisher)));
            case FUTURE -> result.flatMap(future -> Mono.fromFuture((CompletableFuture<?>) future));
        };
        return awaited.map(value -> this.table ? table(input, value) : column(input, value));
    }

    private Object call(Batch input) throws Exception {
        Column[] in = RowHandles.columns(input, this.args);
        Object[] arguments = new Object[in.length];
        for (int i = 0; i < in.length; i++) {
            arguments[i] = BatchColumns.toJava(in[i], input.size(), this.args.get(i));
        }
        try {
            Object result = this.target.invokeWithArguments(arguments);
            if (result == null) {
                throw new NullPointerException("the " + this.outs.get(0).label() + " is null");
            }
            return result;
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private Batch column(Batch input, Object value) {
        int size = input.size();
        return Batch.of(Arrays.copyOf(input.rowIds(), size), size,
            BatchColumns.toColumn(value, this.outs.get(0), size));
    }

    private Batch table(Batch input, Object value) {
        BatchTable table = (BatchTable) value;
        if (table.columns().size() != this.outs.size()) {
            throw new IllegalArgumentException("a BatchTable of " + table.columns().size() + " columns for "
                + this.outs.size() + " return columns");
        }
        int[] rows = table.inputRows();
        long[] rowIds = new long[Math.max(rows.length, 1)];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= input.size()) {
                throw new IllegalArgumentException("output row " + i + " names input row " + rows[i]
                    + " of a batch of " + input.size());
            }
            rowIds[i] = input.rowId(rows[i]);
        }
        Column[] columns = new Column[this.outs.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = BatchColumns.toColumn(table.columns().get(i), this.outs.get(i), rows.length);
        }
        return Batch.of(rowIds, rows.length, columns);
    }

    @SuppressWarnings("unchecked")
    private static Publisher<Object> cast(Object publisher) {
        return (Publisher<Object>) publisher;
    }
}
