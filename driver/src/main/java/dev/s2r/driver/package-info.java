/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The R2DBC SPI layer: what applications touch. The entry points are public ({@link
 * dev.s2r.driver.SingleStoreConnectionFactory}, discovered by R2DBC through {@link
 * dev.s2r.driver.SingleStoreConnectionFactoryProvider} for {@code r2dbc:singlestore:} URLs, and {@link
 * dev.s2r.driver.SingleStoreConnectionConfiguration} with its builder); the implementations of {@code Connection},
 * {@code Statement}, {@code Batch} and {@code Result} are package-private and reached through the interfaces of
 * {@code dev.s2r.driver.api}. {@code ConnectionResources} is what a connection's statements and results share.
 * <p>
 * May import every package of the driver; nothing imports it.
 */
package dev.s2r.driver;
