/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The wire formats of a function call's body: one
 * {@link dev.s2r.udf.internal.format.BatchCodec} per format, between Netty buffers and
 * {@link dev.s2r.udf.internal.batch.Batch}es. ROWDAT_1 and JSON live here; {@link
 * dev.s2r.udf.internal.format.BatchCodecs} hands out the codec of a format and loads Arrow's, from the
 * {@code arrow} subpackage, by name, so that arrow-vector stays optional. Imports {@code api} and
 * {@code internal.batch}.
 */
package dev.s2r.udf.internal.format;
