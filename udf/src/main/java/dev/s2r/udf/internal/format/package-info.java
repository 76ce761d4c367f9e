/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The wire formats of a function call's body: one
 * {@link dev.s2r.udf.internal.format.BatchCodec} per format, between Netty buffers and
 * {@link dev.s2r.udf.internal.batch.Batch}es. Imports {@code api} and {@code internal.batch}.
 */
package dev.s2r.udf.internal.format;
