/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.InvalidResponseException;
import dev.s2r.management.api.ManagementException;
import dev.s2r.management.model.WorkspaceGroupCreate;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.management.test.ManagementApiServer.Fault;
import dev.s2r.management.test.ManagementApiServer.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Retries, authentication and malformed answers, over HTTP against {@link ManagementApiServer}. */
final class ResilienceIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ManagementApiServer server = ManagementApiServer.start();
    private final SingleStoreManagement client = TestClients.client(this.server);

    @AfterEach
    void stop() {
        this.server.close();
    }

    @Test
    void aTooManyRequestsAnswerIsRetriedAfterItsRetryAfter() {
        this.server.inject(Fault.tooManyRequests(Duration.ofSeconds(1)));

        assertThat(this.client.regions().collectList().block(WAIT)).hasSize(2);

        List<RecordedRequest> requests = this.server.requests();
        assertThat(requests).hasSize(2);
        // the policy's own backoff is at most 100 ms: the pause is the server's
        assertThat(Duration.ofNanos(requests.get(1).atNanos() - requests.get(0).atNanos()))
            .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aServerErrorIsRetried() {
        this.server.inject(Fault.serverError());

        assertThat(this.client.currentOrganization().block(WAIT).orgID()).isEqualTo(this.server.organizationId());
        assertThat(this.server.count("GET", "/v1/organizations/current")).isEqualTo(2);
    }

    @Test
    void aResetConnectionIsRetried() {
        this.server.inject(Fault.reset());

        assertThat(this.client.regions().collectList().block(WAIT)).hasSize(2);
        assertThat(this.server.count("GET", "/v1/regions")).isEqualTo(2);
    }

    @Test
    void retriesStopAtTheirLimit() {
        for (int i = 0; i < 4; i++) {
            this.server.inject(Fault.serverError());
        }

        StepVerifier.create(this.client.regions())
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).status()).isEqualTo(500))
            .verify(WAIT);
        assertThat(this.server.count("GET", "/v1/regions")).isEqualTo(4);
    }

    @Test
    void aPostIsNotRetried() {
        this.server.inject(Fault.serverError());

        StepVerifier.create(this.client.createWorkspaceGroup(
                WorkspaceGroupCreate.of("g", this.server.regionId(), List.of("0.0.0.0/0"))))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ManagementException.class, e -> {
                assertThat(e.status()).isEqualTo(500);
                assertThat(e.method()).isEqualTo("POST");
                assertThat(e.errorFields()).containsEntry("message", "something broke");
            }))
            .verify(WAIT);
        assertThat(this.server.count("POST", "/v1/workspaceGroups")).isEqualTo(1);
    }

    @Test
    void aWrongTokenIsUnauthorizedAndNeverShown() {
        String wrong = "wrong-token-that-must-stay-secret";
        SingleStoreManagement intruder = TestClients.builder(this.server).token(wrong).build();

        StepVerifier.create(intruder.regions())
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ManagementException.class, e -> {
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.getMessage()).contains("401").doesNotContain(wrong);
                assertThat(e.body()).doesNotContain(wrong);
                assertThat(e.toString()).doesNotContain(wrong);
            }))
            .verify(WAIT);
        assertThat(this.server.count("GET", "/v1/regions")).isEqualTo(1);
    }

    @Test
    void invalidJsonIsATypedError() {
        this.server.inject(Fault.invalidJson());

        StepVerifier.create(this.client.regions())
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(InvalidResponseException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.path()).isEqualTo("/v1/regions");
                    assertThat(e.body()).contains("unquoted");
                }))
            .verify(WAIT);
    }

    @Test
    void aTokenPublisherIsReadForEachRequest() {
        AtomicInteger reads = new AtomicInteger();
        SingleStoreManagement refreshing = TestClients.builder(this.server)
            .token(Mono.fromSupplier(() -> {
                reads.incrementAndGet();
                return this.server.token();
            })).build();

        refreshing.regions().blockLast(WAIT);
        refreshing.currentOrganization().block(WAIT);

        assertThat(reads).hasValue(2);
    }

    @Test
    void anUnreachableServerIsAConnectionError() {
        this.server.close();

        StepVerifier.create(TestClients.client(this.server).regions())
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ManagementException.class, e -> {
                assertThat(e.status()).isZero();
                assertThat(e.getMessage()).contains("could not be completed");
            }))
            .verify(WAIT);
    }
}
