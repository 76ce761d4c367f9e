/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Runnable examples of the s2r driver; start with {@link dev.s2r.examples.Quickstart}.
 */
package dev.s2r.examples;
