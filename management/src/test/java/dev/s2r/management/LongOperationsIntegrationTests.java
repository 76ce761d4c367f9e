/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.LongOperation;
import dev.s2r.management.api.LongOperationException;
import dev.s2r.management.api.Polling;
import dev.s2r.management.model.State;
import dev.s2r.management.model.Workspace;
import dev.s2r.management.model.WorkspaceCreate;
import dev.s2r.management.model.WorkspaceGroup;
import dev.s2r.management.test.ManagementApiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Long operations as streams of observed states, over HTTP against {@link ManagementApiServer}. */
final class LongOperationsIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ManagementApiServer server = ManagementApiServer.start();
    private final SingleStoreManagement client = TestClients.client(this.server);
    private final String group = this.server.addWorkspaceGroup("g");

    @AfterEach
    void stop() {
        this.server.close();
    }

    private String activeWorkspace() {
        return this.client.createWorkspace(WorkspaceCreate.of(this.group, "ws")).blockLast(WAIT).workspaceID();
    }

    @Test
    void creatingAWorkspaceStreamsPendingThenActive() {
        StepVerifier.create(this.client.createWorkspace(WorkspaceCreate.of(this.group, "ws")))
            .assertNext(workspace -> assertThat(workspace.state()).isEqualTo(State.PENDING))
            .assertNext(workspace -> {
                assertThat(workspace.state()).isEqualTo(State.ACTIVE);
                assertThat(workspace.endpoint()).isNotBlank();
            })
            .verifyComplete();
    }

    @Test
    void aWorkspaceThatFailsEndsTheStreamWithAnError() {
        this.server.failNextWorkspaceCreation();

        StepVerifier.create(this.client.createWorkspace(WorkspaceCreate.of(this.group, "ws")))
            .assertNext(workspace -> assertThat(workspace.state()).isEqualTo(State.PENDING))
            .assertNext(workspace -> assertThat(workspace.state()).isEqualTo(State.FAILED))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(LongOperationException.class,
                e -> assertThat(e.reason()).isEqualTo(LongOperationException.Reason.FAILED)))
            .verify(WAIT);
    }

    @Test
    void aWorkspaceThatTakesTooLongEndsTheStreamWithATimeout() {
        this.server.transitionDelay(Duration.ofSeconds(30));
        SingleStoreManagement impatient = TestClients.builder(this.server)
            .polling(LongOperation.CREATE_WORKSPACE, new Polling(Duration.ofMillis(50), Duration.ofMillis(300)))
            .build();

        StepVerifier.create(impatient.createWorkspace(WorkspaceCreate.of(this.group, "ws")))
            .assertNext(workspace -> assertThat(workspace.state()).isEqualTo(State.PENDING))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(LongOperationException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(LongOperationException.Reason.TIMEOUT);
                    assertThat(e.operation()).isEqualTo(LongOperation.CREATE_WORKSPACE);
                }))
            .verify(WAIT);
    }

    @Test
    void cancellingStopsThePolling() throws InterruptedException {
        this.server.transitionDelay(Duration.ofSeconds(30));

        StepVerifier.create(this.client.createWorkspace(WorkspaceCreate.of(this.group, "ws")))
            .assertNext(workspace -> assertThat(workspace.state()).isEqualTo(State.PENDING))
            .thenAwait(Duration.ofMillis(200))
            .thenCancel()
            .verify(WAIT);
        Thread.sleep(100); // a read sent just before the cancel may still arrive
        long reads = this.server.count("GET", "/v1/workspaces/");
        Thread.sleep(300); // six polling intervals

        assertThat(reads).isGreaterThan(1);
        assertThat(this.server.count("GET", "/v1/workspaces/")).isEqualTo(reads);
    }

    @Test
    void suspendingStreamsUntilSuspended() {
        String id = activeWorkspace();

        StepVerifier.create(this.client.suspendWorkspace(id).map(Workspace::state))
            .expectNext(State.PENDING, State.SUSPENDED)
            .verifyComplete();
    }

    @Test
    void resumingStreamsUntilActive() {
        String id = activeWorkspace();
        this.client.suspendWorkspace(id).blockLast(WAIT);

        StepVerifier.create(this.client.resumeWorkspace(id, true).map(Workspace::state))
            .expectNext(State.PENDING, State.ACTIVE)
            .verifyComplete();
        assertThat(this.server.requests()).filteredOn(r -> r.path().endsWith("/resume")).singleElement()
            .satisfies(r -> assertThat(r.body()).isEqualTo("{\"disableAutoSuspend\":true}"));
    }

    @Test
    void terminatingAWorkspaceStreamsUntilTerminated() {
        String id = activeWorkspace();

        StepVerifier.create(this.client.terminateWorkspace(id))
            .assertNext(workspace -> assertThat(workspace.state()).isEqualTo(State.PENDING))
            .assertNext(workspace -> {
                assertThat(workspace.state()).isEqualTo(State.TERMINATED);
                assertThat(workspace.terminatedAt()).isNotNull();
            })
            .verifyComplete();
    }

    @Test
    void terminatingAGroupStreamsUntilTerminatedAtIsSet() {
        StepVerifier.create(this.client.terminateWorkspaceGroup(this.group, false))
            .assertNext(group -> assertThat(group.isTerminated()).isFalse())
            .assertNext(group -> assertThat(group.terminatedAt()).isNotNull())
            .verifyComplete();
        assertThat(this.client.workspaceGroups().map(WorkspaceGroup::workspaceGroupID).collectList().block(WAIT))
            .doesNotContain(this.group);
    }
}
