/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.ManagementException;
import dev.s2r.management.model.Project;
import dev.s2r.management.model.Team;
import dev.s2r.management.model.User;
import dev.s2r.management.model.UserInfo;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.management.test.Seeded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Teams, users and projects over HTTP against {@link ManagementApiServer}'s {@link Seeded} data. */
final class DirectoryIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ManagementApiServer server = ManagementApiServer.start();
    private final SingleStoreManagement client = TestClients.client(this.server);

    @AfterEach
    void stop() {
        this.server.close();
    }

    @Test
    void listsAndGetsTeamsWithTheirMembers() {
        assertThat(this.client.teams().list().collectList().block(WAIT)).extracting(Team::teamID)
            .containsExactly(Seeded.TEAM_ID);
        Team team = this.client.teams().get(Seeded.TEAM_ID).block(WAIT);

        assertThat(team.name()).isEqualTo(Seeded.TEAM_NAME);
        assertThat(team.memberUsers()).extracting(UserInfo::userID).containsExactly(Seeded.USER_ID);
        assertThat(team.memberTeams()).isEmpty();
    }

    @Test
    void listsAndGetsUsers() {
        assertThat(this.client.users().list().collectList().block(WAIT)).extracting(User::userID)
            .containsExactly(Seeded.USER_ID, Seeded.SERVICE_USER_ID);
        assertThat(this.client.users().get(Seeded.SERVICE_USER_ID).block(WAIT).userKind())
            .isEqualTo("ServiceAccount");
        assertThat(this.client.users().current().block(WAIT).email()).isEqualTo(Seeded.USER_EMAIL);
    }

    @Test
    void findsUsersByEmail() {
        assertThat(this.client.users().listByEmail(Seeded.USER_EMAIL).collectList().block(WAIT))
            .extracting(User::userID).containsExactly(Seeded.USER_ID);
        assertThat(this.server.requests()).singleElement()
            .satisfies(request -> assertThat(request.query()).containsEntry("email", Seeded.USER_EMAIL));
    }

    @Test
    void listsAndGetsProjects() {
        assertThat(this.client.projects().list().collectList().block(WAIT)).extracting(Project::projectID)
            .containsExactly(Seeded.PROJECT_ID);
        Project project = this.client.projects().get(Seeded.PROJECT_ID).block(WAIT);

        assertThat(project.name()).isEqualTo(Seeded.PROJECT_NAME);
        assertThat(project.edition()).isEqualTo("STANDARD");
        assertThat(project.createdAt()).isNotNull();
    }

    @Test
    void anUnknownTeamUserOrProjectIsNotFound() {
        for (var call : java.util.List.of(this.client.teams().get("nope"), this.client.users().get("nope"),
            this.client.projects().get("nope"))) {
            StepVerifier.create(call)
                .expectErrorSatisfies(error -> assertThat(((ManagementException) error).isNotFound()).isTrue())
                .verify(WAIT);
        }
    }
}
