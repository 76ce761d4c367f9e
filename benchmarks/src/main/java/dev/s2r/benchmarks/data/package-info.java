/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The benchmark table {@code wide}: its SQL, its rows computed in Java and the order-independent checksum every
 * pass is checked against.
 */
package dev.s2r.benchmarks.data;
