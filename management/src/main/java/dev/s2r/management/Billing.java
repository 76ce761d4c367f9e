/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.BillingAggregation;
import dev.s2r.management.model.BillingMetric;
import dev.s2r.management.model.BillingUsage;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The organization's billing usage, {@code GET /v1/billing/usage}, from {@link SingleStoreManagement#billing()}. The
 * query uses the live spec's names and values ({@code startTime}, {@code endTime}, {@code metric} =
 * {@code ComputeCredit|StorageAvgByte}, {@code aggregateBy} = {@code hour|day|month}: singlestore-server.md §1.4),
 * not the Python SDK's {@code aggregate_by} and {@code computeCredit} (python-sdk-audit.md "Management").
 * Immutable and thread-safe; every method returns a cold publisher.
 */
public final class Billing {

    private final Transport transport;

    Billing(Transport transport) {
        this.transport = transport;
    }

    /**
     * @param start the period's start
     * @param end   the period's end
     * @return the usage of every metric in the period, as the API aggregates it by default
     */
    public Flux<BillingUsage> usage(Instant start, Instant end) {
        return usage(start, end, null, null);
    }

    /**
     * @param start       the period's start, sent as ISO-8601 in UTC
     * @param end         the period's end
     * @param metric      the one metric to report, or {@code null} for all
     * @param aggregateBy the length of each reported period, or {@code null} for the API's default
     * @return the usage per metric
     */
    public Flux<BillingUsage> usage(Instant start, Instant end, BillingMetric metric,
                                    BillingAggregation aggregateBy) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("startTime", DateTimeFormatter.ISO_INSTANT.format(Objects.requireNonNull(start, "start")));
        query.put("endTime", DateTimeFormatter.ISO_INSTANT.format(Objects.requireNonNull(end, "end")));
        query.put("metric", metric == null ? null : metric.wireName());
        query.put("aggregateBy", aggregateBy == null ? null : aggregateBy.wireName());
        return this.transport.call(HttpMethod.GET, "billing/usage", query, null, Usages.class)
            .flatMapIterable(Usages::billingUsage);
    }

    /** The answer, {@code {billingUsage: [...]}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Usages(List<BillingUsage> billingUsage) {

        Usages {
            billingUsage = billingUsage == null ? List.of() : billingUsage;
        }
    }
}
