/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * What every transport shares, the seam where a second transport (HTTP) plugs in beside the MySQL client: the in-
 * place hand-off of rows to a subscriber ({@code RowSink}, {@code RowSource}), the TLS contexts built from the
 * options, and the mapping of server errors to R2DBC exceptions.
 * <p>
 * May import message, codec, options, util and api.
 */
package dev.s2r.driver.internal.transport;
