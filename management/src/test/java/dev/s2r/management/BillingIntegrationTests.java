/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.model.BillingAggregation;
import dev.s2r.management.model.BillingMetric;
import dev.s2r.management.model.BillingUsage;
import dev.s2r.management.model.BillingUsageItem;
import dev.s2r.management.test.ManagementApiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing usage over HTTP against {@link ManagementApiServer}, which refuses any query name or value but the live
 * spec's (singlestore-server.md §1.4).
 */
final class BillingIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant START = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant END = Instant.parse("2025-06-03T00:00:00Z");

    private final ManagementApiServer server = ManagementApiServer.start();
    private final Billing billing = TestClients.client(this.server).billing();

    @AfterEach
    void stop() {
        this.server.close();
    }

    @Test
    void asksForOneMetricByTheSpecsQueryNames() {
        List<BillingUsage> usage = this.billing.usage(START, END, BillingMetric.COMPUTE_CREDIT,
            BillingAggregation.HOUR).collectList().block(WAIT);

        assertThat(usage).singleElement().satisfies(metric -> {
            assertThat(metric.metric()).isEqualTo("ComputeCredit");
            assertThat(metric.usage()).hasSize(48);
        });
        assertThat(this.server.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/billing/usage");
            assertThat(request.query()).isEqualTo(Map.of("startTime", "2025-06-01T00:00:00Z",
                "endTime", "2025-06-03T00:00:00Z", "metric", "ComputeCredit", "aggregateBy", "hour"));
        });
    }

    @Test
    void withoutMetricEveryMetricIsReported() {
        List<BillingUsage> usage = this.billing.usage(START, END).collectList().block(WAIT);

        assertThat(usage).extracting(BillingUsage::metric).containsExactly("ComputeCredit", "StorageAvgByte");
        assertThat(usage.get(0).usage()).extracting(BillingUsageItem::startTime).containsExactly(START,
            START.plus(Duration.ofDays(1)));
        assertThat(usage.get(1).usage().get(0).decimalValue()).isPositive();
        assertThat(this.server.requests().get(0).query()).containsOnlyKeys("startTime", "endTime");
    }

    @Test
    void theServerRefusesThePythonSdksQueryNames() {
        int status = HttpClient.create().headers(headers -> headers.set("Authorization", "Bearer "
                + this.server.token()))
            .get().uri(this.server.baseUrl() + "/v1/billing/usage?startTime=2025-06-01T00:00:00Z"
                + "&endTime=2025-06-03T00:00:00Z&metric=computeCredit&aggregate_by=hour")
            .responseSingle((response, body) -> body.asString().thenReturn(response.status().code())
                .defaultIfEmpty(response.status().code()))
            .block(WAIT);

        assertThat(status).isEqualTo(400);
    }
}
