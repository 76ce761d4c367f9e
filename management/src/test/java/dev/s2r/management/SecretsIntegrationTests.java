/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.ManagementException;
import dev.s2r.management.model.Secret;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.management.test.ManagementApiServer.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets over HTTP against {@link ManagementApiServer}; their values never show in errors. */
final class SecretsIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String VALUE = "s3cr3t-value-that-must-not-leak";

    private final ManagementApiServer server = ManagementApiServer.start();
    private final Secrets secrets = TestClients.client(this.server).secrets();

    @AfterEach
    void stop() {
        this.server.close();
    }

    @Test
    void getsASecretByNameAsThePythonSdkDoes() {
        Secret created = this.secrets.create("api-key", VALUE).block(WAIT);
        this.secrets.create("other", "x").block(WAIT);

        Secret found = this.secrets.get("api-key").block(WAIT);

        assertThat(found.secretID()).isEqualTo(created.secretID());
        assertThat(found.value()).isEqualTo(VALUE);
        assertThat(this.server.requests()).last().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/secrets");
            assertThat(request.query()).containsExactlyEntriesOf(Map.of("name", "api-key"));
        });
    }

    @Test
    void noSecretWithTheNameIsNotFound() {
        StepVerifier.create(this.secrets.get("missing"))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ManagementException.class, e -> {
                assertThat(e.isNotFound()).isTrue();
                assertThat(e.path()).isEqualTo("/v1/secrets");
                assertThat(e.getMessage()).contains("missing");
            }))
            .verify(WAIT);
    }

    @Test
    void severalSecretsWithTheNameAreAnError() {
        this.secrets.create("twice", "a").block(WAIT);
        this.secrets.create("twice", "b").block(WAIT);

        StepVerifier.create(this.secrets.get("twice"))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ManagementException.class, e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.getMessage()).contains("2 secrets").doesNotContain("a\"").doesNotContain("b\"");
            }))
            .verify(WAIT);
    }

    @Test
    void listsReadsUpdatesAndDeletesSecrets() {
        String id = this.secrets.create("api-key", VALUE).block(WAIT).secretID();

        assertThat(this.secrets.list().collectList().block(WAIT)).extracting(Secret::secretID).containsExactly(id);
        assertThat(this.secrets.update(id, "new-value").block(WAIT).value()).isEqualTo("new-value");
        assertThat(this.secrets.getById(id).block(WAIT).value()).isEqualTo("new-value");
        StepVerifier.create(this.secrets.delete(id)).verifyComplete();
        assertThat(this.secrets.list().collectList().block(WAIT)).isEmpty();
        assertThat(this.server.requests()).extracting(r -> r.method() + " " + r.path()).contains(
            "PATCH /v1/secrets/" + id, "DELETE /v1/secrets/" + id);
    }

    @Test
    void aRefusedCreationThatEchoesTheValueHasItMasked() {
        StepVerifier.create(this.secrets.create("", VALUE))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ManagementException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.getMessage()).contains("name and value are required").contains("***")
                    .doesNotContain(VALUE);
                assertThat(e.body()).contains("***").doesNotContain(VALUE);
                assertThat(e.errorFields().get("message")).doesNotContain(VALUE);
                assertThat(e.toString()).doesNotContain(VALUE);
                assertThat(e.getCause()).isNull();
            }))
            .verify(WAIT);
        assertThat(this.server.requests()).last().extracting(RecordedRequest::body).asString().contains(VALUE);
    }

    @Test
    void updatingAnUnknownSecretIsNotFound() {
        StepVerifier.create(this.secrets.update("no-such-id", VALUE))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ManagementException.class, e -> {
                assertThat(e.isNotFound()).isTrue();
                assertThat(e.toString()).doesNotContain(VALUE);
            }))
            .verify(WAIT);
    }

    @Test
    void anUnreadableSecretAnswerIsReportedWithoutItsBody() {
        this.server.inject(ManagementApiServer.Fault.invalidJson());

        StepVerifier.create(this.secrets.get("api-key"))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ManagementException.class, e -> {
                assertThat(e.body()).isEmpty();
                assertThat(e.getMessage()).contains("not shown").doesNotContain("unquoted");
            }))
            .verify(WAIT);
    }

    @Test
    void theValueIsNeverInASecretsToString() {
        assertThat(this.secrets.create("api-key", VALUE).block(WAIT).toString()).doesNotContain(VALUE);
    }
}
