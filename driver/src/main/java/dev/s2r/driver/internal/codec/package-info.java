/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * Values: one codec per Java type behind the {@code Codecs} registry, decoding cells in place from text and binary
 * rows and encoding bound values as {@code Parameter}s, with the column kinds and SingleStore's extended types.
 * <p>
 * May import util and api.
 */
package dev.s2r.driver.internal.codec;
