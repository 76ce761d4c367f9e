/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The accessors of SingleStore's SHOW commands and of session, global and cluster variables, built on SQL run
 * through the public connection interface.
 * <p>
 * May import row, message, codec, sql, util and api.
 */
package dev.s2r.driver.internal.show;
