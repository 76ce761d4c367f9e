/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * Turns the TSV of a run into {@code latest.json}, {@code latest.md}, {@code latest.png} and the generated section
 * of {@code docs/benchmarks.md}.
 */
package dev.s2r.benchmarks.report;
