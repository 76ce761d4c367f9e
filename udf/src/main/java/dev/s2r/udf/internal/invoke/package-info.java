/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The {@link dev.s2r.udf.internal.function.Invoker}s of Java methods: per-row loops over method handles that read
 * arguments straight from the input columns and write results into the output columns, asynchronous calls with
 * bounded, order-keeping concurrency, and batch calls with whole columns. Imports {@code api},
 * {@code internal.batch} and {@code internal.function}.
 */
package dev.s2r.udf.internal.invoke;
