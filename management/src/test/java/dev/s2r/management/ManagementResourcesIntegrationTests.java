/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.ManagementException;
import dev.s2r.management.model.CreatedWorkspaceGroup;
import dev.s2r.management.model.Region;
import dev.s2r.management.model.State;
import dev.s2r.management.model.Workspace;
import dev.s2r.management.model.WorkspaceCreate;
import dev.s2r.management.model.WorkspaceGroup;
import dev.s2r.management.model.WorkspaceGroupCreate;
import dev.s2r.management.model.WorkspaceGroupUpdate;
import dev.s2r.management.model.WorkspaceUpdate;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.management.test.ManagementApiServer.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and changing resources over HTTP, against {@link ManagementApiServer}. */
final class ManagementResourcesIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ManagementApiServer server = ManagementApiServer.start();
    private final SingleStoreManagement client = TestClients.client(this.server);

    @AfterEach
    void stop() {
        this.server.close();
    }

    @Test
    void listsRegions() {
        List<Region> regions = this.client.regions().collectList().block(WAIT);

        assertThat(regions).extracting(Region::provider).containsExactly("AWS", "GCP");
        assertThat(regions.get(0).regionID()).isEqualTo(this.server.regionId());
    }

    @Test
    void listsSharedTierRegions() {
        StepVerifier.create(this.client.sharedTierRegions())
            .assertNext(region -> assertThat(region.regionName()).isEqualTo("us-east-1"))
            .verifyComplete();
    }

    @Test
    void readsTheCurrentOrganization() {
        assertThat(this.client.currentOrganization().block(WAIT).orgID()).isEqualTo(this.server.organizationId());
    }

    @Test
    void asksForJsonAndNamesItselfOnEveryCall() {
        this.client.regions().blockLast(WAIT);

        assertThat(this.server.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/regions");
            assertThat(request.headers()).containsEntry("accept", "application/json").doesNotContainKey("content-type");
            assertThat(request.headers().get("user-agent")).startsWith("s2r-management/");
        });
    }

    @Test
    void sendsJsonBodiesAsJson() {
        this.client.createWorkspaceGroup(WorkspaceGroupCreate.of("g", this.server.regionId(), List.of())).block(WAIT);

        assertThat(this.server.requests()).singleElement().satisfies(request -> {
            assertThat(request.headers()).containsEntry("content-type", "application/json");
            assertThat(request.body()).isEqualTo("{\"name\":\"g\",\"regionID\":\"" + this.server.regionId()
                + "\",\"firewallRanges\":[]}");
        });
    }

    @Test
    void sendsTheOrganizationOnlyWhenOneIsConfigured() {
        this.client.regions().blockLast(WAIT);
        TestClients.builder(this.server).organizationId("org-42").build().regions().blockLast(WAIT);

        assertThat(this.server.requests()).extracting(RecordedRequest::query)
            .satisfiesExactly(first -> assertThat(first).doesNotContainKey("organizationID"),
                second -> assertThat(second).containsEntry("organizationID", "org-42"));
    }

    @Test
    void createsAWorkspaceGroupThatBecomesActive() {
        CreatedWorkspaceGroup created = this.client.createWorkspaceGroup(
            WorkspaceGroupCreate.of("analytics", this.server.regionId(), List.of("10.0.0.0/8"))).block(WAIT);

        assertThat(created.adminPassword()).isNotBlank();
        WorkspaceGroup group = this.client.workspaceGroup(created.workspaceGroupID()).block(WAIT);
        assertThat(group.name()).isEqualTo("analytics");
        assertThat(group.firewallRanges()).containsExactly("10.0.0.0/8");
        assertThat(group.state()).isEqualTo(State.PENDING);
    }

    @Test
    void noAdminPasswordComesBackWhenOneWasGiven() {
        CreatedWorkspaceGroup created = this.client.createWorkspaceGroup(
            WorkspaceGroupCreate.of("g", this.server.regionId(), List.of("0.0.0.0/0"))
                .withAdminPassword("an-admin-password-1")).block(WAIT);

        assertThat(created.adminPassword()).isNull();
    }

    @Test
    void listsWorkspaceGroupsWithoutTerminatedOnesUnlessAsked() {
        String kept = this.server.addWorkspaceGroup("kept");
        String gone = this.server.addWorkspaceGroup("gone");
        this.client.terminateWorkspaceGroup(gone, false).blockLast(WAIT);

        assertThat(this.client.workspaceGroups().collectList().block(WAIT))
            .extracting(WorkspaceGroup::workspaceGroupID).containsExactly(kept);
        assertThat(this.client.workspaceGroups(true).collectList().block(WAIT))
            .extracting(WorkspaceGroup::workspaceGroupID).containsExactly(kept, gone);
    }

    @Test
    void updatesAWorkspaceGroup() {
        String id = this.server.addWorkspaceGroup("before");

        assertThat(this.client.updateWorkspaceGroup(id, WorkspaceGroupUpdate.empty().withName("after")).block(WAIT))
            .isEqualTo(id);
        assertThat(this.client.workspaceGroup(id).block(WAIT).name()).isEqualTo("after");
    }

    @Test
    void anUnknownWorkspaceGroupIsNotFound() {
        StepVerifier.create(this.client.workspaceGroup("no-such-group"))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ManagementException.class, e -> {
                assertThat(e.isNotFound()).isTrue();
                assertThat(e.method()).isEqualTo("GET");
                assertThat(e.path()).isEqualTo("/v1/workspaceGroups/no-such-group");
                assertThat(e.errorFields()).containsEntry("code", "NotFound");
            }))
            .verify(WAIT);
    }

    @Test
    void listsAndReadsTheWorkspacesOfAGroup() {
        String group = this.server.addWorkspaceGroup("g");
        Workspace created = this.client.createWorkspace(WorkspaceCreate.of(group, "ws").withSize("S-1"))
            .blockLast(WAIT);

        assertThat(this.client.workspaces(group).collectList().block(WAIT)).singleElement()
            .satisfies(workspace -> {
                assertThat(workspace.workspaceID()).isEqualTo(created.workspaceID());
                assertThat(workspace.size()).isEqualTo("S-1");
            });
        assertThat(this.client.workspace(created.workspaceID()).block(WAIT).endpoint()).isNotBlank();
        assertThat(this.server.requests()).filteredOn(r -> r.path().equals("/v1/workspaces") && r.method()
            .equals("GET")).singleElement().satisfies(r -> assertThat(r.query()).containsEntry("workspaceGroupID",
                group));
    }

    @Test
    void updatesAnActiveWorkspace() {
        String group = this.server.addWorkspaceGroup("g");
        String id = this.client.createWorkspace(WorkspaceCreate.of(group, "ws")).blockLast(WAIT).workspaceID();

        this.client.updateWorkspace(id, WorkspaceUpdate.empty().withSize("S-2")).block(WAIT);

        assertThat(this.client.workspace(id).block(WAIT).size()).isEqualTo("S-2");
    }

    @Test
    void updatingAWorkspaceThatIsNotActiveIsAConflict() {
        String group = this.server.addWorkspaceGroup("g");
        String id = this.client.createWorkspace(WorkspaceCreate.of(group, "ws")).blockFirst(WAIT).workspaceID();

        StepVerifier.create(this.client.updateWorkspace(id, WorkspaceUpdate.empty().withSize("S-2")))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).status()).isEqualTo(409))
            .verify(WAIT);
    }

    @Test
    void terminatingAGroupWithWorkspacesNeedsForce() {
        String group = this.server.addWorkspaceGroup("g");
        this.client.createWorkspace(WorkspaceCreate.of(group, "ws")).blockLast(WAIT);

        StepVerifier.create(this.client.terminateWorkspaceGroup(group, false))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).status()).isEqualTo(409))
            .verify(WAIT);
        assertThat(this.client.terminateWorkspaceGroup(group, true).blockLast(WAIT).isTerminated()).isTrue();
        assertThat(this.server.requests()).filteredOn(r -> r.method().equals("DELETE")).extracting(r -> r.query()
            .get("force")).containsExactly(null, "true");
    }
}
