/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * One immutable class per command the client sends (COM_QUERY, COM_STMT_PREPARE, COM_STMT_EXECUTE, the handshake
 * response, ...), each encoding itself into a buffer.
 * <p>
 * May import message.server, sql, codec, util and api.
 */
package dev.s2r.driver.internal.message.client;
