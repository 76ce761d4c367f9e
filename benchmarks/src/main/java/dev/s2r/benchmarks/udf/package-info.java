/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The UDF server's benchmarks' parts: the two functions ({@code add}, {@code upper}), their prebuilt 512-row
 * batches and bodies in each format, and the two callers playing the engine: HTTP/1.1 over a plain socket and the
 * collocated protocol over a Unix socket and memfds.
 */
package dev.s2r.benchmarks.udf;
