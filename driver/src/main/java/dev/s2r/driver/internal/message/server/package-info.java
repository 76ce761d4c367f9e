/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * One immutable class per packet the server sends (handshake, OK, ERR, column definitions, rows, ...) and the
 * {@code ResponseDecoder} state machine that tells them apart for each command.
 * <p>
 * May import codec, util and api.
 */
package dev.s2r.driver.internal.message.server;
