/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * One {@link dev.s2r.benchmarks.client.BenchClient} per driver family, opened for a
 * {@link dev.s2r.benchmarks.client.Workload} by {@link dev.s2r.benchmarks.client.Clients}: every client decodes every
 * column of every row it reads and folds it into the same checksum.
 */
package dev.s2r.benchmarks.client;
