/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.ManagementException;
import dev.s2r.management.model.InferenceApi;
import dev.s2r.management.model.InferenceModel;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.management.test.ManagementApiServer.Fault;
import dev.s2r.management.test.Seeded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Inference APIs and models over HTTP against {@link ManagementApiServer}, on the Python SDK's paths. */
final class InferenceApisIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ManagementApiServer server = ManagementApiServer.start();
    private final InferenceApis inference = TestClients.client(this.server).inferenceApis();

    @AfterEach
    void stop() {
        this.server.close();
    }

    @Test
    void getsTheInferenceApiOfAModelInAProject() {
        InferenceApi api = this.inference.get(Seeded.PROJECT_ID, Seeded.MODEL).block(WAIT);

        assertThat(api.modelName()).isEqualTo(Seeded.MODEL);
        assertThat(api.projectID()).isEqualTo(Seeded.PROJECT_ID);
        assertThat(api.hostingPlatform()).isEqualTo("Amazon");
        assertThat(api.preferredURL()).isEqualTo(api.internalConnectionURL());
        assertThat(this.server.requests()).singleElement().extracting(ManagementApiServer.RecordedRequest::path)
            .isEqualTo("/v1/inferenceapis/" + Seeded.PROJECT_ID + "/" + Seeded.MODEL);
    }

    @Test
    void aModelWithoutInferenceApiIsNotFound() {
        StepVerifier.create(this.inference.get(Seeded.PROJECT_ID, Seeded.OTHER_MODEL))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).isNotFound()).isTrue())
            .verify(WAIT);
    }

    @Test
    void listsTheModelsWithTheirStatus() {
        assertThat(this.inference.models().collectList().block(WAIT)).containsExactly(
            new InferenceModel(Seeded.MODEL, "Suspended", "Amazon"),
            new InferenceModel(Seeded.OTHER_MODEL, "Active", "Nova"));
    }

    @Test
    void startingAModelReportsItInitializing() {
        assertThat(this.inference.start(Seeded.MODEL).block(WAIT))
            .isEqualTo(new InferenceModel(Seeded.MODEL, "Initializing", "Amazon"));
        assertThat(this.server.requests()).singleElement().satisfies(request -> assertThat(request.method() + " "
            + request.path()).isEqualTo("POST /v1/models/" + Seeded.MODEL + "/start"));
    }

    @Test
    void stoppingAModelReportsTheAnswersStatus() {
        this.inference.start(Seeded.OTHER_MODEL).block(WAIT);

        assertThat(this.inference.stop(Seeded.OTHER_MODEL).block(WAIT).status()).isEqualTo("Suspended");
    }

    @Test
    void droppingAModelRemovesIt() {
        assertThat(this.inference.drop(Seeded.OTHER_MODEL).block(WAIT).status()).isEqualTo("Deleted");
        assertThat(this.inference.models().collectList().block(WAIT)).extracting(InferenceModel::name)
            .containsExactly(Seeded.MODEL);
        assertThat(this.server.count("DELETE", "/v1/models/" + Seeded.OTHER_MODEL)).isEqualTo(1);
    }

    @Test
    void startingAnUnknownModelIsNotFound() {
        StepVerifier.create(this.inference.start("no-such-model"))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).isNotFound()).isTrue())
            .verify(WAIT);
    }

    @Test
    void listingModelsIsRetriedAfterAServerError() {
        this.server.inject(Fault.serverError());

        assertThat(this.inference.models().collectList().block(WAIT)).hasSize(2);
        assertThat(this.server.count("GET", "/v1/models")).isEqualTo(2);
    }

    @Test
    void startingAModelIsNotRetried() {
        this.server.inject(Fault.serverError());

        StepVerifier.create(this.inference.start(Seeded.MODEL))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).status()).isEqualTo(500))
            .verify(WAIT);
        assertThat(this.server.count("POST", "/v1/models/")).isEqualTo(1);
    }
}
