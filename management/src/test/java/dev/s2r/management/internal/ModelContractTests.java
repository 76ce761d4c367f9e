/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.management.model.AutoSuspendSettings;
import dev.s2r.management.model.CreatedWorkspaceGroup;
import dev.s2r.management.model.Organization;
import dev.s2r.management.model.Region;
import dev.s2r.management.model.SharedTierRegion;
import dev.s2r.management.model.State;
import dev.s2r.management.model.UpdateWindow;
import dev.s2r.management.model.Workspace;
import dev.s2r.management.model.WorkspaceCreate;
import dev.s2r.management.model.WorkspaceGroup;
import dev.s2r.management.model.WorkspaceGroupCreate;
import dev.s2r.management.model.WorkspaceGroupUpdate;
import dev.s2r.management.model.WorkspaceUpdate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The records read the spec's JSON (singlestore-server.md §1.5, §1.6): every field, unknown fields ignored, missing
 * optional fields {@code null}, unknown states kept, the zero time absent; request bodies leave unset fields out.
 */
final class ModelContractTests {

    private static <T> T read(String json, Class<T> type) throws IOException {
        return Json.MAPPER.readValue(json, type);
    }

    @Test
    void regionReadsItsFieldsAndIgnoresUnknownOnes() throws IOException {
        List<Region> regions = Json.MAPPER.readValue("""
            [{"regionID": "r1", "region": "US East 1 (N. Virginia)", "provider": "AWS", "future": {"a": 1}},
             {"regionID": "r2", "region": "London", "provider": "Azure", "regionName": "uksouth"}]""",
            new TypeReference<>() { });

        assertThat(regions).containsExactly(new Region("r1", "US East 1 (N. Virginia)", "AWS", null),
            new Region("r2", "London", "Azure", "uksouth"));
    }

    @Test
    void sharedTierRegionReadsItsFields() throws IOException {
        assertThat(read("""
            {"region": "US East 1", "regionName": "us-east-1", "provider": "AWS", "extra": true}""",
            SharedTierRegion.class)).isEqualTo(new SharedTierRegion("US East 1", "us-east-1", "AWS"));
    }

    @Test
    void organizationToleratesMissingNameAndRanges() throws IOException {
        assertThat(read("{\"orgID\": \"o1\"}", Organization.class)).isEqualTo(new Organization("o1", null, List.of()));
    }

    @Test
    void workspaceGroupReadsEveryFieldOfTheSpec() throws IOException {
        WorkspaceGroup group = read("""
            {"workspaceGroupID": "g1", "name": "analytics", "createdAt": "2026-01-02T03:04:05.123Z",
             "state": "ACTIVE", "regionID": "r1", "regionName": "us-east-1", "provider": "AWS",
             "firewallRanges": ["10.0.0.0/8"], "allowAllTraffic": false, "expiresAt": "2027-01-01T00:00:00Z",
             "terminatedAt": "0001-01-01T00:00:00Z", "deploymentType": "NON-PRODUCTION",
             "highAvailabilityTwoZones": true, "optInPreviewFeature": false, "projectID": "p1",
             "projectName": "proj", "smartDRStatus": "STANDBY", "updateWindow": {"day": 2, "hour": 3}}""",
            WorkspaceGroup.class);

        assertThat(group).isEqualTo(new WorkspaceGroup("g1", "analytics", Instant.parse("2026-01-02T03:04:05.123Z"),
            State.ACTIVE, "r1", "us-east-1", "AWS", List.of("10.0.0.0/8"), false, Instant.parse("2027-01-01T00:00:00Z"),
            null, "NON-PRODUCTION", true, false, "p1", "proj", "STANDBY", new UpdateWindow(2, 3)));
        assertThat(group.isTerminated()).isFalse();
    }

    @Test
    void workspaceGroupToleratesMissingOptionalFields() throws IOException {
        WorkspaceGroup group = read("""
            {"workspaceGroupID": "g1", "name": "a", "state": "PENDING", "regionID": "r1"}""", WorkspaceGroup.class);

        assertThat(group.firewallRanges()).isEmpty();
        assertThat(group.createdAt()).isNull();
        assertThat(group.updateWindow()).isNull();
        assertThat(group.state()).isEqualTo(State.PENDING);
    }

    @Test
    void anUnknownStateIsKeptAsSent() throws IOException {
        Workspace workspace = read("{\"workspaceID\": \"w1\", \"state\": \"Transitioning\"}", Workspace.class);

        assertThat(workspace.state().value()).isEqualTo("Transitioning");
        assertThat(workspace.state().isKnown()).isFalse();
    }

    @Test
    void statesCompareCaseInsensitively() {
        assertThat(State.of("Active")).isEqualTo(State.ACTIVE).hasSameHashCodeAs(State.ACTIVE);
        assertThat(State.of("suspended").isKnown()).isTrue();
    }

    @Test
    void workspaceReadsEveryFieldOfTheSpec() throws IOException {
        Workspace workspace = read("""
            {"workspaceID": "w1", "workspaceGroupID": "g1", "name": "ws", "size": "S-00", "state": "SUSPENDED",
             "createdAt": "2026-01-02T03:04:05Z", "endpoint": "svc-1.example.com", "kaiEnabled": true,
             "lastResumedAt": "2026-01-03T00:00:00Z", "deploymentType": "PRODUCTION", "cacheConfig": 2,
             "scaleFactor": 1, "scalingProgress": 100,
             "autoScale": {"maxScaleFactor": 4, "sensitivity": "NORMAL", "changedAt": "2026-01-02T00:00:00Z"},
             "autoSuspend": {"suspendType": "IDLE", "idleAfterSeconds": 1200, "idleChangedAt": "2026-01-02T00:00:00Z",
                             "scheduledSuspendAt": "0001-01-01T00:00:00Z"},
             "resumeAttachments": [{"attachment": "READWRITE", "database": "db", "success": true, "later": 1}],
             "newField": [1, 2]}""", Workspace.class);

        assertThat(workspace.state()).isEqualTo(State.SUSPENDED);
        assertThat(workspace.cacheConfig()).isEqualTo(2.0);
        assertThat(workspace.autoScale().maxScaleFactor()).isEqualTo(4.0);
        assertThat(workspace.autoScale().lastAutoScaledAt()).isNull();
        assertThat(workspace.autoSuspend().idleAfterSeconds()).isEqualTo(1200.0);
        assertThat(workspace.autoSuspend().scheduledSuspendAt()).isNull();
        assertThat(workspace.resumeAttachments()).singleElement()
            .satisfies(attachment -> assertThat(attachment.database()).isEqualTo("db"));
        assertThat(workspace.lastResumedAt()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
    }

    @Test
    void workspaceToleratesMissingOptionalFields() throws IOException {
        Workspace workspace = read("""
            {"workspaceID": "w1", "workspaceGroupID": "g1", "name": "ws", "state": "PENDING"}""", Workspace.class);

        assertThat(workspace.endpoint()).isNull();
        assertThat(workspace.autoSuspend()).isNull();
        assertThat(workspace.resumeAttachments()).isEmpty();
    }

    @Test
    void aTimeWithoutZoneIsReadAsUtc() {
        assertThat(Json.parseTime("2026-01-02T03:04:05.5")).isEqualTo(Instant.parse("2026-01-02T03:04:05.500Z"));
    }

    @Test
    void aTimeThatIsNotOneFailsTheRead() {
        assertThatThrownBy(() -> read("{\"createdAt\": \"yesterday\"}", Workspace.class))
            .isInstanceOf(IOException.class).hasMessageContaining("yesterday");
    }

    @Test
    void createdWorkspaceGroupDoesNotShowItsPassword() throws IOException {
        CreatedWorkspaceGroup created = read("{\"workspaceGroupID\": \"g1\", \"adminPassword\": \"s3cret-pass\"}",
            CreatedWorkspaceGroup.class);

        assertThat(created.adminPassword()).isEqualTo("s3cret-pass");
        assertThat(created.toString()).contains("g1").doesNotContain("s3cret-pass");
    }

    @Test
    void workspaceGroupCreateWritesOnlyTheFieldsThatAreSet() throws IOException {
        WorkspaceGroupCreate create = WorkspaceGroupCreate.of("g", "r1", List.of("0.0.0.0/0"))
            .withAdminPassword("a-very-long-password").withExpiresAt(Instant.parse("2027-01-01T00:00:00Z"));

        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(create));

        assertThat(json.toString()).isEqualTo("{\"name\":\"g\",\"regionID\":\"r1\",\"firewallRanges\":[\"0.0.0.0/0\"],"
            + "\"adminPassword\":\"a-very-long-password\",\"expiresAt\":\"2027-01-01T00:00:00Z\"}");
        assertThat(create.toString()).doesNotContain("a-very-long-password");
    }

    @Test
    void workspaceGroupCreateNeedsARegion() {
        assertThatThrownBy(() -> new WorkspaceGroupCreate("g", null, "AWS", null, List.of(), null, null, null, null,
            null, null, null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regionID");
    }

    @Test
    void updatesWriteOnlyTheirChanges() throws IOException {
        assertThat(Json.MAPPER.writeValueAsString(WorkspaceGroupUpdate.empty().withName("renamed")))
            .isEqualTo("{\"name\":\"renamed\"}");
        assertThat(Json.MAPPER.writeValueAsString(WorkspaceUpdate.empty().withSize("S-1")
            .withAutoSuspend(new AutoSuspendSettings("DISABLED", null))))
            .isEqualTo("{\"size\":\"S-1\",\"autoSuspend\":{\"suspendType\":\"DISABLED\"}}");
    }

    @Test
    void workspaceCreateWritesItsRequiredFields() throws IOException {
        assertThat(Json.MAPPER.writeValueAsString(WorkspaceCreate.of("g1", "ws").withSize("S-00")))
            .isEqualTo("{\"name\":\"ws\",\"workspaceGroupID\":\"g1\",\"size\":\"S-00\"}");
    }

    @Test
    void aWorkspaceWithoutEndpointHasNoConnectionFactory() throws IOException {
        Workspace pending = read("{\"workspaceID\": \"w1\", \"state\": \"PENDING\"}", Workspace.class);

        assertThatThrownBy(() -> pending.connectionFactory("admin", "pw")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("no endpoint");
    }
}
