/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The MySQL-protocol transport: one Netty channel per connection ({@code ReactorNettyClient}), packet framing in
 * and out, the exchanges that pair each command with its response and carry demand to the socket, pipelining, the
 * session state the server reports ({@code ConnectionContext}) and the capability flags.
 * <p>
 * May import transport, message, authentication, codec, sql, util and api.
 */
package dev.s2r.driver.internal.client;
