/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The SQL scanner: bind markers ({@code ?} and {@code :name}), statement boundaries, quoting and comments, and the
 * detection of plain {@code INSERT ... VALUES} statements.
 * <p>
 * May import codec, util and api.
 */
package dev.s2r.driver.internal.sql;
