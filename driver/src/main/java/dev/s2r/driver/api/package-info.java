/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The driver's public types besides the entry points: the extension interfaces a connection, statement, result and
 * row implement ({@code SingleStoreConnection}, {@code SingleStoreRow}, ...), the option keys ({@link
 * dev.s2r.driver.api.SingleStoreOptions}) and their descriptors, the values options take ({@code SslMode}, {@code
 * HaMode}, {@code HostAndPort}, ...), the SingleStore value types ({@code Vector}), result shapes ({@code Rows}),
 * the accessors of SHOW commands and variables, statement interceptors and {@code ClientResult}, and {@code
 * SingleStoreServerException}.
 * <p>
 * The bottom layer: imports no other package of the driver, only the R2DBC SPI, Reactor and the JDK.
 */
package dev.s2r.driver.api;
