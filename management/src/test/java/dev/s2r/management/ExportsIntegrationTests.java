/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2r.management.api.ManagementException;
import dev.s2r.management.model.ExportPartition;
import dev.s2r.management.model.ExportSortKey;
import dev.s2r.management.model.ExportStart;
import dev.s2r.management.model.ExportStatus;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.management.test.ManagementApiServer.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports (egress) over HTTP, against {@link ManagementApiServer}'s egress endpoints, which refuse a status read or a
 * drop whose JSON body did not arrive.
 */
final class ExportsIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Map<String, Object> CATALOG = Map.of("catalog_type", "GLUE", "table_format", "ICEBERG");
    private static final Map<String, Object> STORAGE = Map.of("provider", "S3", "region", "us-east-1");

    private final ManagementApiServer server = ManagementApiServer.start();
    private final String groupId = this.server.addWorkspaceGroup("exports");
    private final Exports exports = TestClients.client(this.server).exports(this.groupId);

    @AfterEach
    void stop() {
        this.server.close();
    }

    private String started() {
        return this.exports.start(ExportStart.of("sales", "orders", CATALOG, STORAGE)).block(WAIT);
    }

    private RecordedRequest last(String method, String action) {
        return this.server.requests().stream()
            .filter(r -> r.method().equals(method) && r.path().endsWith("/egress/" + action))
            .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void createsTheClusterIdentity() throws Exception {
        String identity = this.exports.createClusterIdentity(CATALOG, STORAGE).block(WAIT);

        assertThat(identity).startsWith("arn:aws:iam::");
        assertThat(new ObjectMapper().readValue(last("POST", "createEgressClusterIdentity").body(), Map.class))
            .isEqualTo(Map.of("catalogInfo", CATALOG, "storageInfo", STORAGE));
    }

    @Test
    void theStatusIsAGetThatCarriesTheExportsIdAsItsBody() throws Exception {
        String id = started();

        ExportStatus status = this.exports.status(id).block(WAIT);

        assertThat(status.egressID()).isEqualTo(id);
        assertThat(status.status()).isEqualTo("Running");
        RecordedRequest request = last("GET", "tableEgressStatus");
        assertThat(new ObjectMapper().readValue(request.body(), Map.class)).isEqualTo(Map.of("egressID", id));
        assertThat(request.headers()).containsEntry("content-type", "application/json");
    }

    @Test
    void theDropIsADeleteThatCarriesTheExportsIdAsItsBody() throws Exception {
        String id = started();

        this.exports.drop(id).block(WAIT);

        assertThat(new ObjectMapper().readValue(last("DELETE", "dropTableEgress").body(), Map.class))
            .isEqualTo(Map.of("egressID", id));
        StepVerifier.create(this.exports.status(id))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).isNotFound()).isTrue())
            .verify(WAIT);
    }

    @Test
    void anExportIsSuspendedAndResumed() {
        String id = started();

        this.exports.suspend(id).block(WAIT);
        String suspended = this.exports.status(id).block(WAIT).status();
        this.exports.resume(id).block(WAIT);

        assertThat(suspended).isEqualTo("Suspended");
        assertThat(this.exports.status(id).block(WAIT).status()).isEqualTo("Running");
    }

    @Test
    void theStatusesOfAScopeListEveryExportOfTheGroup() throws Exception {
        String first = started();
        String second = started();

        List<ExportStatus> all = this.exports.statuses("all").collectList().block(WAIT);

        assertThat(all).extracting(ExportStatus::egressID).containsExactlyInAnyOrder(first, second);
        assertThat(new ObjectMapper().readValue(last("GET", "tableEgressStatus").body(), Map.class))
            .isEqualTo(Map.of("scope", "all"));
    }

    @Test
    void aStartSendsItsLayoutAsThePythonSdkDoes() {
        String id = this.exports.start(ExportStart.of("sales", "orders", CATALOG, STORAGE)
            .withPartitions(List.of(new ExportPartition("month", "ordered_at")))
            .withSortKeys(List.of(new ExportSortKey("identity", "id", "ascending", "nulls_first")))
            .incremental(Duration.ofMinutes(10))).block(WAIT);

        Map<String, Object> sent = this.server.exportStartRequest(id);

        assertThat(sent).containsEntry("partitionSpec", Map.of("partitions",
            List.of(Map.of("transform", "month", "name", "ordered_at"))));
        assertThat(sent).containsEntry("sortOrderSpec", Map.of("keys", List.of(Map.of("transform", "identity",
            "name", "id", "direction", "ascending", "null_order", "nulls_first"))));
        assertThat(sent).containsEntry("incremental", true).containsEntry("refreshInterval", 600);
    }

    @Test
    void aStatusReadRetriedAfterAServerErrorSendsItsBodyAgain() {
        String id = started();
        this.server.inject(ManagementApiServer.Fault.serverError());

        assertThat(this.exports.status(id).block(WAIT).egressID()).isEqualTo(id);
        assertThat(this.server.requests()).filteredOn(r -> r.method().equals("GET"))
            .extracting(RecordedRequest::body).hasSize(2).allSatisfy(body -> assertThat(body).contains(id));
    }

    @Test
    void aStartIsNotRetriedAfterAServerError() {
        this.server.inject(ManagementApiServer.Fault.serverError());

        StepVerifier.create(this.exports.start(ExportStart.of("sales", "orders", CATALOG, STORAGE)))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).status()).isEqualTo(500))
            .verify(WAIT);
        assertThat(this.server.count("POST", "/v1/workspaceGroups/")).isEqualTo(1);
    }

    @Test
    void resumingARunningExportIsAConflict() {
        String id = started();

        StepVerifier.create(this.exports.resume(id))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).status()).isEqualTo(409))
            .verify(WAIT);
    }

    @Test
    void theExportsOfAGroupThatDoesNotExistAreNotFound() {
        StepVerifier.create(TestClients.client(this.server).exports("no-such-group").statuses("all"))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).isNotFound()).isTrue())
            .verify(WAIT);
    }
}
