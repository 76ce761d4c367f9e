/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

/**
 * How a zero date ({@code 0000-00-00}, or a date with a zero month or day, which MySQL-protocol servers may store)
 * is read as a {@code java.time} value.
 */
public enum ZeroDateOption {

    /** Fail with an {@link IllegalArgumentException} that names the column. */
    EXCEPTION,
    /** Read it as {@code null} (the default), as the SingleStore Python SDK does. */
    NULL,
    /** Round every zero part up to 1: {@code 0000-00-00} reads as {@code 0001-01-01}. */
    ROUND
}
