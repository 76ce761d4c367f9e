/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import dev.s2r.udf.internal.batch.Batch;

/** How a call ended: a result to encode, or a {@link Reply}. */
sealed interface Outcome permits Outcome.Result, Reply {

    /**
     * A function's output, to encode in the call's output format.
     *
     * @param call the resolved call
     * @param output the output batch
     */
    record Result(CallResolver.Call call, Batch output) implements Outcome {
    }
}
