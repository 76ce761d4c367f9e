/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The columnar batch every wire format decodes into and encodes from: {@link dev.s2r.udf.internal.batch.Batch},
 * {@link dev.s2r.udf.internal.batch.Column} and the {@link dev.s2r.udf.internal.batch.WireType} of a column. The
 * bottom layer of the module: imports nothing of it.
 */
package dev.s2r.udf.internal.batch;
