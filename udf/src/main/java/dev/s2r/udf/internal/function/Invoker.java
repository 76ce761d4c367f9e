/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.function;

import dev.s2r.udf.internal.batch.Batch;
import reactor.core.publisher.Mono;

/**
 * Calls one function over a batch: input columns in the order of {@link FunctionSpec#args()}, output columns in the
 * order of {@link FunctionSpec#returns()}, each output row carrying the row id of the input row that produced it.
 * Cancelling the returned {@code Mono} stops the calls not yet started; a function's exception fails it.
 */
@FunctionalInterface
public interface Invoker {

    /**
     * @param input the decoded request batch
     * @param execution the scheduler and concurrency to run the calls with
     * @return the output batch, lazily: nothing runs before subscription
     */
    Mono<Batch> invoke(Batch input, Execution execution);
}
