/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * What a served function is, whatever declared it: {@link dev.s2r.udf.internal.function.FunctionSpec} (name,
 * parameters, return columns, kind) and the {@link dev.s2r.udf.internal.function.Invoker} that runs it over a
 * {@link dev.s2r.udf.internal.batch.Batch}. Imports {@code internal.batch} only.
 */
package dev.s2r.udf.internal.function;
