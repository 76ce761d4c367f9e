/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The driver's implementation, not part of its API: the module exports none of these packages. From the top down:
 * {@code spring} (Spring Data R2DBC's dialect, optional), {@code statement} (statement features), {@code observation},
 * {@code show}, {@code arrow}, {@code connect} (hosts, failover, login, session set-up), {@code row} (rows, metadata,
 * row subscribers), {@code client} (the MySQL-protocol transport), {@code transport} (what every transport shares),
 * {@code message} (one class per protocol message), {@code authentication}, {@code sql}, {@code codec} (values),
 * {@code options} (resolution of the option declarations), {@code util}.
 * <p>
 * Each package imports only the packages below it and {@code dev.s2r.driver.api}; LayeringTests checks it.
 */
package dev.s2r.driver.internal;
