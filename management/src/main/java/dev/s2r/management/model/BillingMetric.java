/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

/** The metrics of {@code GET /v1/billing/usage}, as the spec names them (singlestore-server.md §1.4, §1.6). */
public enum BillingMetric {

    /** Compute credits. */
    COMPUTE_CREDIT("ComputeCredit"),
    /** Average storage in bytes. */
    STORAGE_AVG_BYTE("StorageAvgByte");

    private final String wireName;

    BillingMetric(String wireName) {
        this.wireName = wireName;
    }

    /** @return the value of the {@code metric} query parameter */
    public String wireName() {
        return this.wireName;
    }
}
