/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.examples;

import dev.s2r.management.SingleStoreManagement;
import dev.s2r.management.api.Polling;
import dev.s2r.management.model.Workspace;
import dev.s2r.management.model.WorkspaceCreate;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Management API example runs against the test Management API server, or lists only against the real API when
 * {@code SINGLESTOREDB_MANAGEMENT_TOKEN} is set (it never creates a workspace there).
 */
@SingleStoreTest
final class ManagementIntegrationTests {

    @Test
    void theExampleListsRegionsAndGroupsAndFollowsANewWorkspaceUntilActive() {
        String token = System.getenv("SINGLESTOREDB_MANAGEMENT_TOKEN");
        if (token != null && !token.isBlank()) {
            assertThat(Management.run(SingleStoreManagement.builder().build())).isNotEmpty();
            return;
        }
        try (ManagementApiServer server = ManagementApiServer.start()) {
            String group = server.addWorkspaceGroup("analytics");
            SingleStoreManagement management = SingleStoreManagement.builder().environment(name -> null)
                .baseUrl(server.baseUrl()).token(server.token())
                .polling(new Polling(Duration.ofMillis(50), Duration.ofSeconds(10)))
                .build();

            List<String> lines = Management.run(management, group, "reports");

            assertThat(lines).hasSize(5);
            assertThat(lines.get(0)).startsWith("AWS US East 1");
            assertThat(lines.get(2)).isEqualTo("analytics is ACTIVE in us-east-1");
            assertThat(lines.get(3)).isEqualTo("reports is PENDING");
            assertThat(lines.get(4)).startsWith("reports is ACTIVE at svc-");
        }
    }

    @Test
    void aNewWorkspaceAnswersAQueryAtItsEndpoint(TestDatabase database) {
        try (ManagementApiServer server = ManagementApiServer.start()) {
            // the test database server plays the new workspace's endpoint
            server.workspaceEndpoint(database.host() + ":" + database.port());
            String group = server.addWorkspaceGroup("analytics");
            SingleStoreManagement management = SingleStoreManagement.builder().environment(name -> null)
                .baseUrl(server.baseUrl()).token(server.token())
                .polling(new Polling(Duration.ofMillis(50), Duration.ofSeconds(10)))
                .build();
            Workspace workspace = management.createWorkspace(WorkspaceCreate.of(group, "reports")).blockLast(
                Duration.ofSeconds(30));

            assertThat(Management.query(workspace, database.user(), database.password()).block(Duration.ofSeconds(30)))
                .isEqualTo(2L);
        }
    }
}
