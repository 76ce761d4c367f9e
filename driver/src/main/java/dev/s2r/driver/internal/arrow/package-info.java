/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * Decoding of result rows straight into Apache Arrow vectors, behind
 * {@link dev.s2r.driver.api.SingleStoreResult#toArrow}.
 * <p>
 * Every class here refers to Arrow and is loaded only when {@code toArrow} is called, so the rest of the driver
 * works without the optional {@code org.apache.arrow:arrow-vector} dependency. {@link dev.s2r.driver.internal.arrow.ArrowResults}
 * is the one entry point; the other classes are package-private.
 * <p>
 * May import row, transport, message, codec, util and api.
 */
package dev.s2r.driver.internal.arrow;
