/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.management.test.Routes.Answer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The jobs endpoints of {@link ManagementApiServer} (singlestore-server.md §1.4 "Jobs", §1.5 Job, JobCreate and
 * Execution, §1.6 enums), in memory. A job's executions are computed from its schedule when read: each is
 * {@code Scheduled} until its start, {@code Running} for the execution delay, then {@code Completed}; a deleted job
 * starts no more. Called with the server's lock held.
 */
final class JobRoutes {

    // singlestore-server.md §1.5 JobCreate and its parts; the server refuses other fields
    private static final Set<String> CREATE = Set.of("name", "description", "executionConfig", "schedule",
        "targetConfig", "parameters");
    private static final Set<String> EXECUTION_CONFIG = Set.of("notebookPath", "createSnapshot", "runtimeName");
    private static final Set<String> SCHEDULE = Set.of("mode", "startAt", "executionIntervalInMinutes");
    private static final Set<String> TARGET = Set.of("targetID", "targetType", "resumeTarget", "databaseName");
    private static final Set<String> PARAMETER = Set.of("name", "type", "value");
    // singlestore-server.md §1.6: schedule.mode, targetType, JobParameter.type
    private static final Set<String> MODES = Set.of("Once", "Recurring");
    private static final Set<String> TARGET_TYPES = Set.of("Workspace", "Cluster", "VirtualWorkspace");
    private static final Set<String> PARAMETER_TYPES = Set.of("string", "integer", "float", "boolean");
    private static final List<Map<String, Object>> RUNTIMES = List.of(
        Map.of("name", "notebooks-cpu-small", "description", "2 vCPU, 4 GB"),
        Map.of("name", "notebooks-cpu-medium", "description", "4 vCPU, 16 GB"));

    private final FakeCloud cloud;
    private final Map<String, StoredJob> jobs = new LinkedHashMap<>();
    volatile Duration executionDelay = Duration.ofMillis(200);

    JobRoutes(FakeCloud cloud) {
        this.cloud = cloud;
    }

    /** @return the answer of a jobs endpoint, or {@code null} when the path is not one */
    Answer route(String method, String path, Map<String, String> query, String body) {
        if (!path.equals("/v1/jobs") && !path.startsWith("/v1/jobs/")) {
            return null;
        }
        String[] parts = path.split("/");
        String id = parts.length > 3 ? parts[3] : null;
        String action = parts.length > 4 ? parts[4] : null;
        String endpoint = method + " jobs" + (id == null ? "" : "runtimes".equals(id) ? "/runtimes" : "/{id}")
            + (action == null ? "" : "/" + action);
        // singlestore-server.md §1.3: executions take start and end, both required; §1.1: organizationID anywhere
        Set<String> allowed = "GET jobs/{id}/executions".equals(endpoint) ? Set.of("start", "end") : Set.of();
        for (String name : query.keySet()) {
            if (!name.equals("organizationID") && !allowed.contains(name)) {
                return Routes.error(400, "BadRequest", "unknown query parameter " + name);
            }
        }
        return switch (endpoint) {
            case "POST jobs" -> create(body);
            case "GET jobs/runtimes" -> Routes.ok(RUNTIMES);
            case "GET jobs/{id}" -> withJob(id, job -> Routes.ok(read(job)));
            case "DELETE jobs/{id}" -> withJob(id, this::delete);
            case "GET jobs/{id}/executions" -> withJob(id, job -> executions(job, query));
            case "GET jobs/{id}/parameters" -> withJob(id, job -> Routes.ok(job.parameters));
            default -> Routes.error(404, "NotFound", "no such endpoint: " + method + " " + path);
        };
    }

    private Answer create(String body) {
        JsonNode json;
        try {
            json = ManagementApiServer.mapper().readTree(body.isEmpty() ? "null" : body);
        } catch (IOException e) {
            return Routes.error(400, "BadRequest", "the body is not JSON");
        }
        String refused = checkCreate(json);
        if (refused != null) {
            return Routes.error(400, "BadRequest", refused);
        }
        StoredJob job = new StoredJob();
        job.fields.put("jobID", UUID.randomUUID().toString());
        if (json.has("name")) {
            job.fields.put("name", json.get("name").asText());
        }
        if (json.has("description")) {
            job.fields.put("description", json.get("description").asText());
        }
        Instant now = this.cloud.now();
        job.fields.put("createdAt", now.toString());
        job.fields.put("enqueuedBy", "s2r-tests@example.com");
        JsonNode config = json.get("executionConfig");
        Map<String, Object> executionConfig = new LinkedHashMap<>();
        executionConfig.put("notebookPath", config.get("notebookPath").asText());
        executionConfig.put("createSnapshot", config.get("createSnapshot").asBoolean());
        executionConfig.put("maxAllowedExecutionDurationInMinutes", 60);
        job.fields.put("executionConfig", executionConfig);
        JsonNode schedule = json.get("schedule");
        job.startAt = schedule.has("startAt") ? OffsetDateTime.parse(schedule.get("startAt").asText()).toInstant()
            : now;
        job.recurring = "Recurring".equals(schedule.get("mode").asText());
        job.interval = job.recurring ? Duration.ofMinutes(schedule.get("executionIntervalInMinutes").asLong()) : null;
        Map<String, Object> readSchedule = new LinkedHashMap<>();
        readSchedule.put("mode", schedule.get("mode").asText());
        readSchedule.put("startAt", job.startAt.toString());
        if (job.recurring) {
            readSchedule.put("executionIntervalInMinutes", job.interval.toMinutes());
        }
        job.fields.put("schedule", readSchedule);
        if (json.has("targetConfig")) {
            job.fields.put("targetConfig", ManagementApiServer.mapper().convertValue(json.get("targetConfig"),
                Map.class));
        }
        for (JsonNode parameter : json.path("parameters")) {
            job.parameters.add(ManagementApiServer.mapper().convertValue(parameter, Map.class));
        }
        this.jobs.put((String) job.fields.get("jobID"), job);
        return Routes.ok(read(job));
    }

    /** @return why the body is refused, or {@code null} */
    private static String checkCreate(JsonNode json) {
        String unknown = Routes.unknownField(json, CREATE);
        if (unknown != null) {
            return unknown;
        }
        // §1.5 JobCreate: executionConfig {notebookPath, createSnapshot, runtimeName?} and schedule are required;
        // name and description are left out by the Python SDK's run (python-sdk-services.md §1.8), so optional here
        JsonNode config = json.path("executionConfig");
        if (!config.isObject() || !config.path("notebookPath").isTextual()
            || !config.path("createSnapshot").isBoolean()) {
            return "executionConfig with notebookPath and createSnapshot is required";
        }
        unknown = Routes.unknownField(config, EXECUTION_CONFIG);
        if (unknown == null && config.has("runtimeName") && RUNTIMES.stream()
            .noneMatch(runtime -> runtime.get("name").equals(config.get("runtimeName").asText()))) {
            return "unknown runtime " + config.get("runtimeName").asText();
        }
        JsonNode schedule = json.path("schedule");
        if (unknown != null || !schedule.isObject()) {
            return unknown != null ? unknown : "schedule is required";
        }
        unknown = Routes.unknownField(schedule, SCHEDULE);
        if (unknown != null || !MODES.contains(schedule.path("mode").asText())) {
            return unknown != null ? unknown : "schedule.mode must be Once or Recurring";
        }
        // A recurring job without a positive interval is refused: this server's choice, the reference is silent
        if ("Recurring".equals(schedule.get("mode").asText()) && schedule.path("executionIntervalInMinutes")
            .asLong(0) < 1) {
            return "a recurring schedule needs executionIntervalInMinutes";
        }
        if (schedule.has("startAt")) {
            try {
                OffsetDateTime.parse(schedule.get("startAt").asText());
            } catch (DateTimeParseException e) {
                return "schedule.startAt is not an ISO-8601 time with a zone";
            }
        }
        return checkTargetAndParameters(json);
    }

    private static String checkTargetAndParameters(JsonNode json) {
        if (json.has("targetConfig")) {
            // §1.5: targetConfig {targetID, targetType, resumeTarget, databaseName?}
            JsonNode target = json.get("targetConfig");
            String unknown = Routes.unknownField(target, TARGET);
            if (unknown != null) {
                return unknown;
            }
            if (!target.path("targetID").isTextual() || !TARGET_TYPES.contains(target.path("targetType").asText())
                || !target.path("resumeTarget").isBoolean()) {
                return "targetConfig needs targetID, targetType (Workspace, Cluster or VirtualWorkspace) and "
                    + "resumeTarget";
            }
        }
        if (json.has("parameters") && !json.get("parameters").isArray()) {
            return "parameters must be an array";
        }
        for (JsonNode parameter : json.path("parameters")) {
            // §1.5 parameters [{name, type, value}], §1.6 types; python-sdk-services.md §3.6: values are strings
            String unknown = Routes.unknownField(parameter, PARAMETER);
            if (unknown != null) {
                return unknown;
            }
            if (!parameter.path("name").isTextual() || !parameter.path("value").isTextual()
                || !PARAMETER_TYPES.contains(parameter.path("type").asText())) {
                return "a parameter needs a name, a string value and a type (string, integer, float or boolean)";
            }
        }
        return null;
    }

    private Answer delete(StoredJob job) {
        if (job.fields.containsKey("terminatedAt")) {
            // The reference does not say what deleting a deleted job answers: 404 is this server's choice
            return Routes.error(404, "NotFound", "job " + job.fields.get("jobID") + " is deleted");
        }
        job.fields.put("terminatedAt", this.cloud.now().toString());
        // singlestore-server.md §1.2: DELETE /v1/jobs/{jobID} answers a bare JSON boolean
        return new Answer(200, "true");
    }

    private Answer executions(StoredJob job, Map<String, String> query) {
        long start;
        long end;
        try {
            start = Long.parseLong(query.get("start"));
            end = Long.parseLong(query.get("end"));
        } catch (NumberFormatException e) {
            return Routes.error(400, "BadRequest", "start and end are required integers");
        }
        List<Map<String, Object>> window = new ArrayList<>();
        for (Map<String, Object> execution : executions(job)) {
            long number = (Long) execution.get("executionNumber");
            if (number >= start && number <= end) {
                window.add(execution);
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("executions", window);
        answer.put("executionsMetadata", Map.of("startExecutionNumber", start, "endExecutionNumber", end));
        return Routes.ok(answer);
    }

    /** The executions up to now and the next one scheduled; none start after the job's deletion. */
    private List<Map<String, Object>> executions(StoredJob job) {
        Instant now = this.cloud.now();
        Object terminated = job.fields.get("terminatedAt");
        Instant stop = terminated == null ? null : Instant.parse((String) terminated);
        List<Map<String, Object>> executions = new ArrayList<>();
        for (long number = 1; ; number++) {
            Instant scheduled = job.recurring ? job.startAt.plus(job.interval.multipliedBy(number - 1)) : job.startAt;
            if ((stop != null && scheduled.isAfter(stop)) || (!job.recurring && number > 1)) {
                break;
            }
            Map<String, Object> execution = new LinkedHashMap<>();
            execution.put("executionID", job.fields.get("jobID") + "-" + number);
            execution.put("executionNumber", number);
            execution.put("jobID", job.fields.get("jobID"));
            Instant finished = scheduled.plus(this.executionDelay);
            execution.put("status", now.isBefore(scheduled) ? "Scheduled" : now.isBefore(finished) ? "Running"
                : "Completed");
            execution.put("scheduledStartTime", scheduled.toString());
            execution.put("startedAt", now.isBefore(scheduled) ? "0001-01-01T00:00:00Z" : scheduled.toString());
            execution.put("finishedAt", now.isBefore(finished) ? "0001-01-01T00:00:00Z" : finished.toString());
            executions.add(execution);
            if (now.isBefore(scheduled)) {
                break;
            }
        }
        return executions;
    }

    private Map<String, Object> read(StoredJob job) {
        Map<String, Object> fields = new LinkedHashMap<>(job.fields);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> execution : executions(job)) {
            counts.merge((String) execution.get("status"), 1L, Long::sum);
        }
        fields.put("completedExecutionsCount", counts.getOrDefault("Completed", 0L));
        List<Map<String, Object>> metadata = new ArrayList<>();
        counts.forEach((status, count) -> metadata.add(Map.of("status", status, "count", count,
            "avgDurationInSeconds", this.executionDelay.toMillis() / 1000.0,
            "maxDurationInSeconds", this.executionDelay.toMillis() / 1000.0)));
        fields.put("jobMetadata", metadata);
        return fields;
    }

    private Answer withJob(String id, java.util.function.Function<StoredJob, Answer> action) {
        StoredJob job = this.jobs.get(id);
        return job == null ? Routes.error(404, "NotFound", "no job " + id) : action.apply(job);
    }

    /** A job: its JSON fields as created, its schedule and its parameters. */
    private static final class StoredJob {

        final Map<String, Object> fields = new LinkedHashMap<>();
        final List<Map<String, Object>> parameters = new ArrayList<>();
        Instant startAt;
        boolean recurring;
        Duration interval;
    }
}
