/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Billing usage, {@code GET /v1/billing/usage} with the live spec's query (singlestore-server.md §1.4, §1.6:
 * {@code startTime} and {@code endTime} required, {@code metric} = {@code ComputeCredit|StorageAvgByte},
 * {@code aggregateBy} = {@code hour|day|month}). The Python SDK's {@code aggregate_by} and {@code computeCredit} are
 * refused (python-sdk-audit.md "Management"). The answer is {@code {billingUsage: [{metric, usage: [...]}]}} (§1.5),
 * one usage per period (a day unless aggregated otherwise) of one resource, its value a string.
 */
final class BillingRoutes implements RouteSet {

    private static final List<String> METRICS = List.of("ComputeCredit", "StorageAvgByte");
    private static final Map<String, ChronoUnit> PERIODS = Map.of("hour", ChronoUnit.HOURS, "day", ChronoUnit.DAYS,
        "month", ChronoUnit.MONTHS);
    private static final int MOST_PERIODS = 1000;

    @Override
    public Routes.Answer route(String method, String path, Map<String, String> query, String body) {
        if (!path.equals("/v1/billing/usage") || !method.equals("GET")) {
            return null;
        }
        Routes.Answer refused = RouteSet.checkQuery(query, Set.of("startTime", "endTime", "metric", "aggregateBy"),
            Set.of("startTime", "endTime"));
        if (refused != null) {
            return refused;
        }
        String metric = query.get("metric");
        String aggregateBy = query.getOrDefault("aggregateBy", "day");
        if (metric != null && !METRICS.contains(metric)) {
            return Routes.error(400, "BadRequest", "metric must be one of " + METRICS);
        }
        if (!PERIODS.containsKey(aggregateBy)) {
            return Routes.error(400, "BadRequest", "aggregateBy must be one of " + PERIODS.keySet());
        }
        Instant start;
        Instant end;
        try {
            start = Instant.parse(query.get("startTime"));
            end = Instant.parse(query.get("endTime"));
        } catch (DateTimeParseException e) {
            return Routes.error(400, "BadRequest", "startTime and endTime must be ISO-8601 times");
        }
        if (!start.isBefore(end)) {
            return Routes.error(400, "BadRequest", "startTime must be before endTime");
        }
        List<Map<String, Object>> usages = new ArrayList<>();
        for (String name : metric == null ? METRICS : List.of(metric)) {
            usages.add(Map.of("metric", name, "usage", periods(name, start, end, PERIODS.get(aggregateBy))));
        }
        return Routes.ok(Map.of("billingUsage", usages));
    }

    private static List<Map<String, Object>> periods(String metric, Instant start, Instant end, ChronoUnit unit) {
        List<Map<String, Object>> usage = new ArrayList<>();
        Instant from = start;
        for (int i = 0; from.isBefore(end) && i < MOST_PERIODS; i++) {
            Instant to = unit == ChronoUnit.MONTHS ? from.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant()
                : from.plus(1, unit);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("resourceId", Seeded.PROJECT_ID);
            item.put("resourceName", Seeded.PROJECT_NAME);
            item.put("resourceType", "Project");
            item.put("ownerId", Seeded.USER_ID);
            item.put("startTime", from.toString());
            item.put("endTime", (to.isAfter(end) ? end : to).toString());
            item.put("value", metric.equals("ComputeCredit") ? "1.25" : "1048576");
            usage.add(item);
            from = to;
        }
        return usage;
    }
}
