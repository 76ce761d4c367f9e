/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2r.management.api.LongOperation;
import dev.s2r.management.api.LongOperationException;
import dev.s2r.management.api.ManagementException;
import dev.s2r.management.api.RecurringJobException;
import dev.s2r.management.model.Job;
import dev.s2r.management.model.JobCreate;
import dev.s2r.management.model.JobExecution;
import dev.s2r.management.model.JobExecutions;
import dev.s2r.management.model.JobMode;
import dev.s2r.management.model.JobParameter;
import dev.s2r.management.model.JobRuntime;
import dev.s2r.management.model.JobSchedule;
import dev.s2r.management.model.JobStatus;
import dev.s2r.management.model.JobTarget;
import dev.s2r.management.model.JobTargetType;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.management.test.ManagementApiServer.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scheduled notebook jobs over HTTP, against {@link ManagementApiServer}'s jobs endpoints. */
final class JobsIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant LATER = Instant.parse("2099-01-01T00:00:00Z");

    private final ManagementApiServer server = ManagementApiServer.start().jobExecutionDelay(Duration.ofMillis(150));
    private final Jobs jobs = TestClients.client(this.server).jobs();

    @AfterEach
    void stop() {
        this.server.close();
    }

    private Jobs jobsWithEnvironment(Map<String, String> environment) {
        return TestClients.builder(this.server).environment(environment::get).build().jobs();
    }

    private JsonNode lastBody(String method, String path) throws Exception {
        RecordedRequest request = this.server.requests().stream()
            .filter(r -> r.method().equals(method) && r.path().equals(path)).reduce((a, b) -> b).orElseThrow();
        return new ObjectMapper().readTree(request.body());
    }

    @Test
    void createsAJobAndReadsItBack() {
        Job created = this.jobs.create(JobCreate.of("nb/load.ipynb", JobSchedule.once(LATER)).withName("load")
            .withRuntime("notebooks-cpu-small")).block(WAIT);

        Job read = this.jobs.get(created.jobID()).block(WAIT);

        assertThat(read.jobID()).isEqualTo(created.jobID());
        assertThat(read.name()).isEqualTo("load");
        assertThat(read.executionConfig().notebookPath()).isEqualTo("nb/load.ipynb");
        assertThat(read.schedule()).isEqualTo(new JobSchedule(JobMode.ONCE, LATER, null));
        assertThat(read.completedExecutionsCount()).isZero();
        assertThat(read.terminatedAt()).isNull();
    }

    @Test
    void aJobWithARuntimeTheApiDoesNotKnowIsRefused() {
        StepVerifier.create(this.jobs.create(JobCreate.of("a.ipynb", JobSchedule.once()).withRuntime("gpu-xxl")))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).status()).isEqualTo(400))
            .verify(WAIT);
    }

    @Test
    void createSendsTheEnvironmentsTargetPreferringAStarterWorkspace() throws Exception {
        Jobs fromEnvironment = jobsWithEnvironment(Map.of("SINGLESTOREDB_DEFAULT_DATABASE", "sales",
            "SINGLESTOREDB_WORKSPACE", "w-1", "SINGLESTOREDB_VIRTUAL_WORKSPACE", "v-1"));

        Job job = fromEnvironment.create(JobCreate.of("a.ipynb", JobSchedule.once(LATER))).block(WAIT);

        assertThat(job.targetConfig()).isEqualTo(new JobTarget("v-1", JobTargetType.VIRTUAL_WORKSPACE, false,
            "sales"));
        assertThat(lastBody("POST", "/v1/jobs").get("targetConfig").get("targetType").asText())
            .isEqualTo("VirtualWorkspace");
    }

    @Test
    void aWorkspaceComesBeforeAClusterInTheEnvironment() {
        Jobs fromEnvironment = jobsWithEnvironment(Map.of("SINGLESTOREDB_DEFAULT_DATABASE", "sales",
            "SINGLESTOREDB_WORKSPACE", "w-1", "SINGLESTOREDB_CLUSTER", "c-1"));

        assertThat(fromEnvironment.environmentTarget()).isEqualTo(JobTarget.of(JobTargetType.WORKSPACE, "w-1",
            "sales"));
    }

    @Test
    void anExplicitTargetOverridesTheEnvironment() {
        Jobs fromEnvironment = jobsWithEnvironment(Map.of("SINGLESTOREDB_DEFAULT_DATABASE", "sales",
            "SINGLESTOREDB_WORKSPACE", "w-1"));
        JobTarget cluster = JobTarget.of(JobTargetType.CLUSTER, "c-9", null).withResumeTarget(true);

        Job job = fromEnvironment.create(JobCreate.of("a.ipynb", JobSchedule.once(LATER)).withTarget(cluster))
            .block(WAIT);

        assertThat(job.targetConfig()).isEqualTo(cluster);
    }

    @Test
    void withoutADefaultDatabaseNoTargetIsSent() throws Exception {
        Jobs fromEnvironment = jobsWithEnvironment(Map.of("SINGLESTOREDB_WORKSPACE", "w-1"));

        fromEnvironment.create(JobCreate.of("a.ipynb", JobSchedule.once(LATER))).block(WAIT);

        assertThat(lastBody("POST", "/v1/jobs").has("targetConfig")).isFalse();
    }

    @Test
    void deletingAJobAnswersTrueAndMarksItTerminated() {
        String id = this.jobs.create(JobCreate.of("a.ipynb", JobSchedule.once(LATER))).block(WAIT).jobID();

        assertThat(this.jobs.delete(id).block(WAIT)).isTrue();
        assertThat(this.jobs.get(id).block(WAIT).terminatedAt()).isNotNull();
        StepVerifier.create(this.jobs.delete(id))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).isNotFound()).isTrue())
            .verify(WAIT);
    }

    @Test
    void aJobThatDoesNotExistIsNotFound() {
        StepVerifier.create(this.jobs.get("no-such-job"))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).isNotFound()).isTrue())
            .verify(WAIT);
    }

    @Test
    void executionsOfAWindowAreAskedWithStartAndEnd() {
        Job job = this.jobs.create(JobCreate.of("a.ipynb", JobSchedule.recurring(Duration.ofMinutes(1),
            Instant.now().minus(Duration.ofMinutes(3))))).block(WAIT);

        JobExecutions window = this.jobs.executions(job.jobID(), 2, 3).block(WAIT);

        assertThat(window.executions()).extracting(JobExecution::executionNumber).containsExactly(2L, 3L);
        assertThat(window.executions()).extracting(JobExecution::status).containsOnly(JobStatus.COMPLETED);
        assertThat(window.executionsMetadata().startExecutionNumber()).isEqualTo(2L);
        RecordedRequest request = this.server.requests().get(this.server.requests().size() - 1);
        assertThat(request.query()).isEqualTo(Map.of("start", "2", "end", "3"));
    }

    @Test
    void anEmptyExecutionWindowIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> this.jobs.executions("j", 3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(this.server.requests()).isEmpty();
    }

    @Test
    void parametersAreReadBackWithTheirTypes() {
        String id = this.jobs.create(JobCreate.of("a.ipynb", JobSchedule.once(LATER))
            .withParameter(JobParameter.of("limit", 10L)).withParameter(JobParameter.of("dry", false)))
            .block(WAIT).jobID();

        assertThat(this.jobs.parameters(id).collectList().block(WAIT)).containsExactly(
            new JobParameter("limit", "integer", "10"), new JobParameter("dry", "boolean", "False"));
    }

    @Test
    void listsRuntimes() {
        assertThat(this.jobs.runtimes().map(JobRuntime::name).collectList().block(WAIT))
            .contains("notebooks-cpu-small");
    }

    @Test
    void runThenWaitEndsOnTheFirstCompletedExecution() throws Exception {
        Job done = this.jobs.run("nb/report.ipynb", JobParameter.of("day", "mon"))
            .flatMap(job -> this.jobs.wait(job.jobID())).block(WAIT);

        assertThat(done.completedExecutionsCount()).isEqualTo(1L);
        assertThat(done.isCompleted()).isTrue();
        JsonNode body = lastBody("POST", "/v1/jobs");
        assertThat(body.get("schedule").get("mode").asText()).isEqualTo("Once");
        assertThat(body.get("schedule").has("startAt")).isTrue();
        assertThat(body.get("executionConfig").get("createSnapshot").asBoolean()).isFalse();
        assertThat(this.server.count("GET", "/v1/jobs/")).isGreaterThan(1);
    }

    @Test
    void waitingOnARecurringJobFailsAtTheFirstRead() {
        String id = this.jobs.create(JobCreate.of("a.ipynb", JobSchedule.recurring(Duration.ofHours(1), null)))
            .block(WAIT).jobID();

        StepVerifier.create(this.jobs.wait(id))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(RecurringJobException.class)
                .extracting(e -> ((RecurringJobException) e).jobId()).isEqualTo(id))
            .verify(WAIT);
        assertThat(this.server.count("GET", "/v1/jobs/")).isEqualTo(1);
    }

    @Test
    void aWaitThatOutlastsItsTimeoutFails() {
        String id = this.jobs.create(JobCreate.of("a.ipynb", JobSchedule.once(LATER))).block(WAIT).jobID();

        StepVerifier.create(this.jobs.wait(id, Duration.ofMillis(300)))
            .expectErrorSatisfies(error -> {
                LongOperationException timeout = (LongOperationException) error;
                assertThat(timeout.reason()).isEqualTo(LongOperationException.Reason.TIMEOUT);
                assertThat(timeout.operation()).isEqualTo(LongOperation.WAIT_JOB);
                assertThat(timeout.resourceId()).isEqualTo(id);
            })
            .verify(WAIT);
    }

    @Test
    void cancellingAWaitStopsThePolling() throws InterruptedException {
        String id = this.jobs.create(JobCreate.of("a.ipynb", JobSchedule.once(LATER))).block(WAIT).jobID();
        Disposable waiting = this.jobs.wait(id).subscribe(job -> { }, error -> { });
        while (this.server.count("GET", "/v1/jobs/") < 3) {
            Thread.sleep(10);
        }

        waiting.dispose();
        Thread.sleep(100); // lets a read already in flight land
        long reads = this.server.count("GET", "/v1/jobs/");
        Thread.sleep(300);

        assertThat(this.server.count("GET", "/v1/jobs/")).isEqualTo(reads);
    }

    @Test
    void aRunWaitedOnCompletesOnlyAfterItsExecutionRan() {
        this.server.jobExecutionDelay(Duration.ofMillis(600));
        Instant before = Instant.now();

        Job done = this.jobs.run("a.ipynb").flatMap(job -> this.jobs.wait(job.jobID())).block(WAIT);

        assertThat(Duration.between(before, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(List.of(done.jobMetadata().get(0).status())).containsExactly(JobStatus.COMPLETED);
    }
}
