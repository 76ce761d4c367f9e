/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.management.model.ExportPartition;
import dev.s2r.management.model.ExportSortKey;
import dev.s2r.management.model.ExportStart;
import dev.s2r.management.model.ExportStatus;
import dev.s2r.management.model.Job;
import dev.s2r.management.model.JobCreate;
import dev.s2r.management.model.JobExecution;
import dev.s2r.management.model.JobExecutionConfig;
import dev.s2r.management.model.JobExecutions;
import dev.s2r.management.model.JobMetadata;
import dev.s2r.management.model.JobMode;
import dev.s2r.management.model.JobParameter;
import dev.s2r.management.model.JobRuntime;
import dev.s2r.management.model.JobSchedule;
import dev.s2r.management.model.JobStatus;
import dev.s2r.management.model.JobTarget;
import dev.s2r.management.model.JobTargetType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The job and export records read the JSON of singlestore-server.md §1.5 and python-sdk-services.md §3.2-3.3 (every
 * field, unknown fields ignored, missing optional fields {@code null}, unknown enum values kept, the zero time
 * absent) and write the request bodies of python-sdk-services.md §3.2 and §3.6 with only the fields that are set.
 */
final class JobAndExportModelContractTests {

    private static <T> T read(String json, Class<T> type) throws IOException {
        return Json.MAPPER.readValue(json, type);
    }

    /** Checks that a body is written as the JSON, numbers compared by value. */
    private static void assertWrites(Object body, String json) throws IOException {
        JsonNode written = Json.MAPPER.valueToTree(body);
        JsonNode expected = Json.MAPPER.readTree(json);
        Comparator<JsonNode> byValue = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

        assertThat(written.equals(byValue, expected)).as("%s written as %s", written, expected).isTrue();
    }

    @Test
    void jobReadsEveryFieldOfTheSpec() throws IOException {
        Job job = read("""
            {"jobID": "j1", "name": "nightly", "description": "loads", "createdAt": "2026-01-02T03:04:05Z",
             "terminatedAt": "0001-01-01T00:00:00Z", "enqueuedBy": "ops@example.com", "completedExecutionsCount": 3,
             "executionConfig": {"notebookPath": "n/load.ipynb", "createSnapshot": true,
                                 "maxAllowedExecutionDurationInMinutes": 60},
             "schedule": {"mode": "Recurring", "startAt": "2026-01-02T04:00:00Z", "executionIntervalInMinutes": 1440},
             "targetConfig": {"targetID": "w1", "targetType": "Workspace", "resumeTarget": true, "databaseName": "db"},
             "jobMetadata": [{"status": "Completed", "count": 3, "avgDurationInSeconds": 12.5,
                              "maxDurationInSeconds": 20}]}""", Job.class);

        assertThat(job).isEqualTo(new Job("j1", "nightly", "loads", Instant.parse("2026-01-02T03:04:05Z"), null,
            "ops@example.com", 3L, new JobExecutionConfig("n/load.ipynb", true, null, 60),
            new JobSchedule(JobMode.RECURRING, Instant.parse("2026-01-02T04:00:00Z"), 1440),
            new JobTarget("w1", JobTargetType.WORKSPACE, true, "db"),
            List.of(new JobMetadata(JobStatus.COMPLETED, 3L, 12.5, 20.0))));
        assertThat(job.isRecurring()).isTrue();
        assertThat(job.isCompleted()).isFalse();
    }

    @Test
    void jobToleratesMissingOptionalFieldsAndUnknownOnes() throws IOException {
        Job job = read("""
            {"jobID": "j1", "createdAt": "2026-01-02T03:04:05", "completedExecutionsCount": 1,
             "schedule": {"mode": "Once", "later": 1}, "executionConfig": {"notebookPath": "a.ipynb"},
             "poolName": "p"}""", Job.class);

        assertThat(job.targetConfig()).isNull();
        assertThat(job.jobMetadata()).isEmpty();
        assertThat(job.name()).isNull();
        assertThat(job.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(job.isCompleted()).isTrue();
    }

    @Test
    void unknownModesTargetTypesAndStatusesAreKeptAsSent() throws IOException {
        Job job = read("""
            {"jobID": "j1", "schedule": {"mode": "Weekly"},
             "targetConfig": {"targetID": "x", "targetType": "Pool", "resumeTarget": false},
             "jobMetadata": [{"status": "Paused", "count": 1}]}""", Job.class);

        assertThat(job.schedule().mode().value()).isEqualTo("Weekly");
        assertThat(job.schedule().mode().isKnown()).isFalse();
        assertThat(job.targetConfig().targetType().isKnown()).isFalse();
        assertThat(job.jobMetadata().get(0).status()).isEqualTo(JobStatus.of("Paused"));
        assertThat(job.jobMetadata().get(0).status().isKnown()).isFalse();
        assertThat(job.isRecurring()).isFalse();
        assertThat(job.isCompleted()).isFalse();
    }

    @Test
    void jobEnumsCompareCaseInsensitively() {
        assertThat(JobMode.of("once")).isEqualTo(JobMode.ONCE).hasSameHashCodeAs(JobMode.ONCE);
        assertThat(JobStatus.of("COMPLETED")).isEqualTo(JobStatus.COMPLETED);
        assertThat(JobTargetType.of("virtualworkspace")).isEqualTo(JobTargetType.VIRTUAL_WORKSPACE);
        assertThat(JobTargetType.of("virtualworkspace").isKnown()).isTrue();
    }

    @Test
    void executionsReadTheirWindowAndEveryFieldOfAnExecution() throws IOException {
        JobExecutions executions = read("""
            {"executions": [{"executionID": "e1", "executionNumber": 1, "jobID": "j1", "status": "Completed",
                             "scheduledStartTime": "2026-01-02T04:00:00Z", "startedAt": "2026-01-02T04:00:01Z",
                             "finishedAt": "2026-01-02T04:00:09.5Z", "snapshotNotebookPath": "s/1.ipynb",
                             "worker": "w-3"}],
             "executionsMetadata": {"startExecutionNumber": 1, "endExecutionNumber": 5}}""", JobExecutions.class);

        assertThat(executions.executions()).containsExactly(new JobExecution("e1", 1L, "j1", JobStatus.COMPLETED,
            Instant.parse("2026-01-02T04:00:00Z"), Instant.parse("2026-01-02T04:00:01Z"),
            Instant.parse("2026-01-02T04:00:09.5Z"), "s/1.ipynb"));
        assertThat(executions.executionsMetadata()).isEqualTo(new JobExecutions.Window(1L, 5L));
    }

    @Test
    void anExecutionNotStartedHasNoStartNorFinish() throws IOException {
        JobExecutions executions = read("""
            {"executions": [{"executionID": "e2", "executionNumber": 2, "status": "Scheduled",
                             "startedAt": "0001-01-01T00:00:00Z"}]}""", JobExecutions.class);

        assertThat(executions.executions().get(0).startedAt()).isNull();
        assertThat(executions.executions().get(0).finishedAt()).isNull();
        assertThat(executions.executionsMetadata()).isNull();
    }

    @Test
    void aWindowWithoutExecutionsIsEmpty() throws IOException {
        assertThat(read("{\"executionsMetadata\": {}}", JobExecutions.class).executions()).isEmpty();
    }

    @Test
    void parametersAndRuntimesReadTheirFields() throws IOException {
        List<JobParameter> parameters = Json.MAPPER.readValue("""
            [{"name": "n", "value": "3", "type": "integer", "secret": false}]""", new TypeReference<>() { });
        List<JobRuntime> runtimes = Json.MAPPER.readValue("""
            [{"name": "notebooks-cpu-small", "description": "small", "gpu": false}, {"name": "bare"}]""",
            new TypeReference<>() { });

        assertThat(parameters).containsExactly(new JobParameter("n", "integer", "3"));
        assertThat(runtimes).containsExactly(new JobRuntime("notebooks-cpu-small", "small"),
            new JobRuntime("bare", null));
    }

    @Test
    void aJobCreateSendsOnlyTheFieldsThatAreSet() throws IOException {
        JobCreate create = JobCreate.of("n/a.ipynb", JobSchedule.once());

        assertWrites(create, """
            {"executionConfig": {"notebookPath": "n/a.ipynb", "createSnapshot": false},
             "schedule": {"mode": "Once"}}""");
    }

    @Test
    void aFullJobCreateSendsTheBodyOfThePythonSdk() throws IOException {
        JobCreate create = JobCreate.of("n/a.ipynb", JobSchedule.recurring(Duration.ofHours(2),
                Instant.parse("2026-03-04T05:06:07Z")))
            .withName("etl").withDescription("hourly-ish").withCreateSnapshot(true).withRuntime("notebooks-cpu-small")
            .withTarget(JobTarget.of(JobTargetType.VIRTUAL_WORKSPACE, "v1", "db").withResumeTarget(true))
            .withParameter(JobParameter.of("s", "x")).withParameter(JobParameter.of("i", 42L))
            .withParameter(JobParameter.of("f", 1.5)).withParameter(JobParameter.of("b", true));

        assertWrites(create, """
            {"name": "etl", "description": "hourly-ish",
             "executionConfig": {"notebookPath": "n/a.ipynb", "createSnapshot": true,
                                 "runtimeName": "notebooks-cpu-small"},
             "schedule": {"mode": "Recurring", "startAt": "2026-03-04T05:06:07Z", "executionIntervalInMinutes": 120},
             "targetConfig": {"targetID": "v1", "targetType": "VirtualWorkspace", "resumeTarget": true,
                              "databaseName": "db"},
             "parameters": [{"name": "s", "type": "string", "value": "x"},
                            {"name": "i", "type": "integer", "value": "42"},
                            {"name": "f", "type": "float", "value": "1.5"},
                            {"name": "b", "type": "boolean", "value": "True"}]}""");
    }

    @Test
    void aRecurringIntervalIsAPositiveWholeNumberOfMinutes() {
        assertThatThrownBy(() -> JobSchedule.recurring(Duration.ofSeconds(90), null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number of minutes");
        assertThatThrownBy(() -> JobSchedule.recurring(Duration.ZERO, null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(JobSchedule.recurring(Duration.ofDays(1), null).executionIntervalInMinutes()).isEqualTo(1440);
    }

    @Test
    void aFloatParameterIsFinite() {
        assertThatThrownBy(() -> JobParameter.of("f", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExportStartSendsOnlyTheFieldsThatAreSet() throws IOException {
        ExportStart start = ExportStart.of("db", "t", Map.of("catalog", "glue"), Map.of("provider", "S3"));

        assertWrites(start, """
            {"databaseName": "db", "tableName": "t", "catalogInfo": {"catalog": "glue"},
             "storageInfo": {"provider": "S3"}}""");
    }

    @Test
    void anExportStartSendsItsSpecsAsThePythonSdkNamesThem() throws IOException {
        ExportStart start = ExportStart.of("db", "t", Map.of(), Map.of())
            .withPartitions(List.of(new ExportPartition("day", "ts")))
            .withSortKeys(List.of(new ExportSortKey("identity", "id", "descending", "nulls_last")))
            .withProperties(Map.of("format-version", "2"))
            .incremental(Duration.ofMinutes(5));

        assertWrites(start, """
            {"databaseName": "db", "tableName": "t", "catalogInfo": {}, "storageInfo": {},
             "partitionSpec": {"partitions": [{"transform": "day", "name": "ts"}]},
             "sortOrderSpec": {"keys": [{"transform": "identity", "name": "id", "direction": "descending",
                                         "null_order": "nulls_last"}]},
             "properties": {"format-version": "2"}, "incremental": true, "refreshInterval": 300}""");
    }

    @Test
    void anExportStatusReadsItsFieldsAndToleratesMissingOnes() throws IOException {
        assertThat(read("{\"egressID\": \"e1\", \"status\": \"Running\", \"statusMsg\": \"ok\", \"rows\": 3}",
            ExportStatus.class)).isEqualTo(new ExportStatus("e1", "Running", "ok"));
        assertThat(read("{\"egressID\": \"e1\"}", ExportStatus.class)).isEqualTo(new ExportStatus("e1", null, null));
    }
}
