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
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A synchronous table-valued function returning a {@code List} or {@code Stream} per row, called row by row on the
 * blocking scheduler; every produced row carries the id of the input row that produced it.
 */
final class SyncTableInvoker implements Invoker {

    private final MethodHandle call;
    private final MethodHandle writer;
    private final List<Slot> args;
    private final List<WireType> outs;

    /**
     * @param call {@code (Column[] in, int row) -> Object}: a {@code List} or {@code Stream}
     * @param writer {@code (Column[] out, Object element) -> void}
     */
    SyncTableInvoker(MethodHandle call, MethodHandle writer, List<Slot> args, List<Slot> outs) {
        this.call = call;
        this.writer = writer;
        this.args = List.copyOf(args);
        this.outs = outs.stream().map(Slot::wire).toList();
    }

    @Override
    public Mono<Batch> invoke(Batch input, Execution execution) {
        return Cancellation.onBlocking(cancellation -> run(input, cancellation), execution);
    }

    private Batch run(Batch input, Cancellation cancellation) throws Throwable {
        Column[] in = RowHandles.columns(input, this.args);
        int size = input.size();
        Batch output = Batch.of(this.outs, size);
        Column[] out = new Column[this.outs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = output.column(i);
        }
        for (int row = 0; row < size; row++) {
            if (cancellation.isDisposed()) {
                return null;
            }
            Object produced = this.call.invokeExact(in, row);
            Iterator<?> elements = produced instanceof Stream<?> stream ? stream.iterator()
                : produced == null ? null : ((Iterable<?>) produced).iterator();
            try {
                while (elements != null && elements.hasNext()) {
                    if (cancellation.isDisposed()) {
                        return null;
                    }
                    Object element = elements.next();
                    this.writer.invokeExact(out, element);
                    output.addRowId(input.rowId(row));
                }
            } finally {
                if (produced instanceof Stream<?> stream) {
                    stream.close();
                }
            }
        }
        return output;
    }
}
