/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The JMH benchmarks of s2r and the other Java clients of the MySQL protocol, one class per workload: each driver is
 * a {@code @Param}, each invocation one whole pass of the workload, measured by the harness; run through
 * {@code benchmarks/run.sh}.
 */
package dev.s2r.benchmarks;
