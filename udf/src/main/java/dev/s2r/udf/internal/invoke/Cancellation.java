/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.function.Execution;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** The cancelled flag of one synchronous call, read between rows. */
final class Cancellation implements Disposable {

    private volatile boolean cancelled;

    @Override
    public void dispose() {
        this.cancelled = true;
    }

    @Override
    public boolean isDisposed() {
        return this.cancelled;
    }

    /** A synchronous loop over a batch that stops between rows once cancelled, returning {@code null}. */
    @FunctionalInterface
    interface Loop {
        Batch run(Cancellation cancellation) throws Throwable;
    }

    /**
     * @param loop the loop
     * @param execution where it runs
     * @return the loop's batch, computed on the blocking scheduler; cancelling it stops the loop between rows
     */
    static Mono<Batch> onBlocking(Loop loop, Execution execution) {
        return Mono.<Batch>create(sink -> {
            Cancellation cancellation = new Cancellation();
            sink.onCancel(cancellation);
            Batch batch;
            try {
                batch = loop.run(cancellation);
            } catch (Throwable t) {
                sink.error(t);
                return;
            }
            if (batch != null) {
                sink.success(batch);
            }
        }).subscribeOn(execution.blocking());
    }
}
