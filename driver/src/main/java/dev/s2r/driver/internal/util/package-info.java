/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * Small helpers with no driver state: digit and date-time text parsing on bytes, length-encoded integers, the
 * check that outgoing text is exact in UTF-8 ({@code Utf8}), the check for the optional Arrow dependency.
 * <p>
 * May import api only.
 */
package dev.s2r.driver.internal.util;
