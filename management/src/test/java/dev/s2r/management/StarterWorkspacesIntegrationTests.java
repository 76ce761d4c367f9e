/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.ManagementException;
import dev.s2r.management.model.StarterUser;
import dev.s2r.management.model.StarterWorkspace;
import dev.s2r.management.model.StarterWorkspaceCreate;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.management.test.ManagementApiServer.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Starter workspaces over HTTP against {@link ManagementApiServer}. */
final class StarterWorkspacesIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ManagementApiServer server = ManagementApiServer.start();
    private final StarterWorkspaces starters = TestClients.client(this.server).starterWorkspaces();

    @AfterEach
    void stop() {
        this.server.close();
    }

    private StarterWorkspace create(String name) {
        return this.starters.create(StarterWorkspaceCreate.of(name, name + "_db", "aws", "us-east-1")).block(WAIT);
    }

    @Test
    void createsAStarterWorkspaceAndReadsIt() {
        StarterWorkspace created = create("dev");

        assertThat(created.name()).isEqualTo("dev");
        assertThat(created.databaseName()).isEqualTo("dev_db");
        assertThat(created.endpoint()).endsWith(":3333");
        assertThat(this.server.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
            "POST /v1/sharedtier/virtualWorkspaces", "GET /v1/sharedtier/virtualWorkspaces/"
                + created.virtualWorkspaceID());
        assertThat(this.server.requests().get(0).body()).contains("\"provider\":\"AWS\"");
    }

    @Test
    void listsAndGetsStarterWorkspaces() {
        StarterWorkspace first = create("one");
        StarterWorkspace second = create("two");

        assertThat(this.starters.list().collectList().block(WAIT)).containsExactly(first, second);
        assertThat(this.starters.get(second.virtualWorkspaceID()).block(WAIT)).isEqualTo(second);
    }

    @Test
    void aProjectIsSentOnlyWhenSet() {
        this.starters.create(StarterWorkspaceCreate.of("dev", "db", "GCP", "us-east-1").withProjectID("p1"))
            .block(WAIT);

        assertThat(this.server.requests().get(0).body()).contains("\"projectID\":\"p1\"");
    }

    @Test
    void terminatingRemovesTheWorkspace() {
        String id = create("dev").virtualWorkspaceID();

        StepVerifier.create(this.starters.terminate(id)).verifyComplete();
        StepVerifier.create(this.starters.get(id))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).isNotFound()).isTrue())
            .verify(WAIT);
    }

    @Test
    void createsAUserWithAGeneratedPassword() {
        String id = create("dev").virtualWorkspaceID();

        StarterUser user = this.starters.createUser(id, "ada").block(WAIT);

        assertThat(user.userID()).isNotBlank();
        assertThat(user.password()).isNotBlank();
        assertThat(user.toString()).doesNotContain(user.password());
        assertThat(this.server.requests()).last().extracting(RecordedRequest::body).isEqualTo("{\"userName\":\"ada\"}");
    }

    @Test
    void aUserWithAGivenPasswordGetsNoneBack() {
        String id = create("dev").virtualWorkspaceID();

        assertThat(this.starters.createUser(id, "ada", "Given-pw-123").block(WAIT).password()).isNull();
    }

    @Test
    void aRefusedUserCreationNeverShowsThePassword() {
        String id = create("dev").virtualWorkspaceID();
        String password = "Never-Shown-Pw-9";

        StepVerifier.create(this.starters.createUser(id, "", password))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ManagementException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.getMessage()).contains("userName is required").contains("***").doesNotContain(password);
                assertThat(e.body()).doesNotContain(password);
                assertThat(e.errorFields().values()).noneMatch(value -> value.contains(password));
                assertThat(e.toString()).doesNotContain(password);
            }))
            .verify(WAIT);
        assertThat(this.server.requests()).last().extracting(RecordedRequest::body).asString().contains(password);
    }

    @Test
    void aWrongProviderIsRefusedByTheServer() {
        StepVerifier.create(this.starters.create(StarterWorkspaceCreate.of("dev", "db", "IBM", "us-east-1")))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).status()).isEqualTo(400))
            .verify(WAIT);
    }
}
