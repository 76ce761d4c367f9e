/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The usage of one metric, an element of {@code billingUsage} in the answer of {@code GET /v1/billing/usage}
 * ({@code BillingUsage}, singlestore-server.md §1.5). The Python SDK reads the list as {@code Usage}
 * (python-sdk-services.md §3.2); both spellings are read.
 *
 * @param metric      the metric, e.g. {@code ComputeCredit}; kept as sent
 * @param description its description, when the API sends one
 * @param usage       the usage per resource and period; empty when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillingUsage(String metric, String description, @JsonAlias("Usage") List<BillingUsageItem> usage) {

    /** Copies the list. */
    public BillingUsage {
        usage = usage == null ? List.of() : List.copyOf(usage);
    }
}
