/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * Rows, their metadata and the subscribers that consume a response's rows: the row that reads its cells in place
 * from the received bytes, row and column metadata, and {@code RowSubscriber}, the base of the row mapper and the
 * Arrow batcher. Transport-neutral: it consumes messages, whichever transport produced them.
 * <p>
 * May import transport, message, codec, util and api.
 */
package dev.s2r.driver.internal.row;
