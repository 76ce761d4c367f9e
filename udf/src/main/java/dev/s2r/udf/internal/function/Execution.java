/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.function;

import reactor.core.scheduler.Scheduler;

/**
 * Where and how wide a server runs function calls.
 *
 * @param blocking the bounded scheduler that synchronous functions run on, never an event loop
 * @param concurrency how many per-row calls of one batch an asynchronous function may have outstanding (the output
 *                    keeps the input order)
 */
public record Execution(Scheduler blocking, int concurrency) {
}
