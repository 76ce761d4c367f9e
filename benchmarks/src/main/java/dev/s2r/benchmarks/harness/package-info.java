/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * What every measurement JVM shares: the run's environment, the recorder of wall and CPU time per pass, the
 * per-thread CPU clock, the heap watcher, the watchdog and the loopback guard.
 */
package dev.s2r.benchmarks.harness;
