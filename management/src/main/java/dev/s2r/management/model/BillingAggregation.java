/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import java.util.Locale;

/** The periods of {@code GET /v1/billing/usage}'s {@code aggregateBy} (singlestore-server.md §1.4, §1.6). */
public enum BillingAggregation {

    /** Per hour. */
    HOUR,
    /** Per day. */
    DAY,
    /** Per month. */
    MONTH;

    /** @return the value of the {@code aggregateBy} query parameter: {@code hour}, {@code day} or {@code month} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
