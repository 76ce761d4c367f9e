/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Runnable examples of the s2r driver, starting with {@link dev.s2r.examples.Quickstart}, of Arrow batches written to
 * a file, {@link dev.s2r.examples.ArrowExport}, and of external functions, {@link dev.s2r.examples.UdfExample}.
 */
package dev.s2r.examples;
