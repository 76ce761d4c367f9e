/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.Invoker;
import reactor.core.publisher.Mono;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.List;

/**
 * A synchronous scalar function (one value or a record per row), called row by row on the blocking scheduler
 * through one method handle that reads the arguments from the input columns and writes the result columns.
 */
final class SyncRowInvoker implements Invoker {

    private final MethodHandle row;
    private final List<Slot> args;
    private final WireType[] outs;

    SyncRowInvoker(MethodHandle row, List<Slot> args, List<Slot> outs) {
        this.row = row;
        this.args = List.copyOf(args);
        this.outs = outs.stream().map(Slot::wire).toArray(WireType[]::new);
    }

    @Override
    public Mono<Batch> invoke(Batch input, Execution execution) {
        return Cancellation.onBlocking(cancellation -> run(input, cancellation), execution);
    }

    /**
     * @param input the input batch
     * @param cancellation read between rows
     * @return the output, or {@code null} when cancelled
     * @throws Throwable what the function threw
     */
    Batch run(Batch input, Cancellation cancellation) throws Throwable {
        Column[] in = RowHandles.columns(input, this.args);
        int size = input.size();
        Column[] out = new Column[this.outs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Column.of(this.outs[i], size);
        }
        MethodHandle call = this.row;
        for (int row = 0; row < size; row++) {
            if (cancellation.isDisposed()) {
                return null;
            }
            call.invokeExact(in, out, row);
        }
        return Batch.of(Arrays.copyOf(input.rowIds(), size), size, out);
    }
}
