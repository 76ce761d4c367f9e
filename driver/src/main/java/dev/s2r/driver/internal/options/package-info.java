/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * Resolution of the options declared in {@link dev.s2r.driver.api.SingleStoreOptions}: explicit values, a URL, the
 * environment and defaults by one precedence rule, into immutable {@code Settings}; and the parsing of connection
 * URLs.
 * <p>
 * May import util and api.
 */
package dev.s2r.driver.internal.options;
