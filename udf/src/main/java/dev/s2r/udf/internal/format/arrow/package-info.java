/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The Apache Arrow IPC file format of a function call's body:
 * {@link dev.s2r.udf.internal.format.arrow.ArrowCodec}, which the format registry instantiates by name so that the
 * optional {@code arrow-vector} and {@code arrow-memory-netty} dependencies are loaded only when the Arrow format is
 * used. Every class here refers to Arrow; the other classes are package-private.
 * <p>
 * Imports {@code internal.batch} and {@code internal.format}.
 */
package dev.s2r.udf.internal.format.arrow;
