/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.LongOperation;
import dev.s2r.management.api.LongOperationException;
import dev.s2r.management.api.Polling;
import dev.s2r.management.api.RecurringJobException;
import dev.s2r.management.internal.Poller;
import dev.s2r.management.internal.Settings;
import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.Job;
import dev.s2r.management.model.JobCreate;
import dev.s2r.management.model.JobExecutions;
import dev.s2r.management.model.JobParameter;
import dev.s2r.management.model.JobRuntime;
import dev.s2r.management.model.JobSchedule;
import dev.s2r.management.model.JobTarget;
import dev.s2r.management.model.JobTargetType;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scheduled notebook jobs of the token's organization ({@code /v1/jobs}, singlestore-server.md §1.4), from
 * {@link SingleStoreManagement#jobs()}. Immutable and thread-safe; every method returns a cold publisher. The API
 * has no call that lists the jobs: keep the ids that {@link #create} and {@link #run} return.
 */
public final class Jobs {

    /** The environment variable of the default database of a job's target (python-sdk-services.md §3.6). */
    public static final String DEFAULT_DATABASE = "SINGLESTOREDB_DEFAULT_DATABASE";
    /** The environment variables of the target's id, the first one set wins, with the target type of each. */
    private static final Map<String, JobTargetType> TARGET_VARIABLES = targetVariables();

    private final Settings settings;
    private final Transport transport;

    Jobs(Settings settings, Transport transport) {
        this.settings = settings;
        this.transport = transport;
    }

    private static Map<String, JobTargetType> targetVariables() {
        Map<String, JobTargetType> variables = new LinkedHashMap<>();
        variables.put("SINGLESTOREDB_VIRTUAL_WORKSPACE", JobTargetType.VIRTUAL_WORKSPACE);
        variables.put("SINGLESTOREDB_WORKSPACE", JobTargetType.WORKSPACE);
        variables.put("SINGLESTOREDB_CLUSTER", JobTargetType.CLUSTER);
        return variables;
    }

    /**
     * Creates a job, {@code POST /v1/jobs}. Not retried. A body without a target gets the environment's, as in the
     * Python SDK (python-sdk-services.md §3.6): when {@code SINGLESTOREDB_DEFAULT_DATABASE} is set, that database on
     * the first of {@code SINGLESTOREDB_VIRTUAL_WORKSPACE} (a starter workspace), {@code SINGLESTOREDB_WORKSPACE}
     * and {@code SINGLESTOREDB_CLUSTER} that is set, not resumed; no target when either is missing (the spec
     * requires a target's id and type). The environment is read at subscription.
     *
     * @param create the job
     * @return the job as created
     */
    public Mono<Job> create(JobCreate create) {
        Objects.requireNonNull(create, "create");
        return Mono.defer(() -> {
            JobCreate body = create;
            if (body.targetConfig() == null) {
                JobTarget target = environmentTarget();
                body = target == null ? body : body.withTarget(target);
            }
            return this.transport.call(HttpMethod.POST, "jobs", Map.of(), body, Job.class);
        });
    }

    /**
     * @return the target of a job created here without one, from the environment; {@code null} when it names none
     */
    public JobTarget environmentTarget() {
        String database = this.settings.environment().apply(DEFAULT_DATABASE);
        if (database == null || database.isBlank()) {
            return null;
        }
        for (Map.Entry<String, JobTargetType> variable : TARGET_VARIABLES.entrySet()) {
            String id = this.settings.environment().apply(variable.getKey());
            if (id != null && !id.isBlank()) {
                return JobTarget.of(variable.getValue(), id, database);
            }
        }
        return null;
    }

    /**
     * Runs a notebook once, now: a job with mode {@code Once}, no snapshot and a start time of now, on the
     * environment's target (as the Python SDK's {@code run}, python-sdk-services.md §3.6). Not retried.
     *
     * @param notebookPath the notebook's path in the organization's files
     * @param parameters   the notebook's parameters
     * @return the job as created
     */
    public Mono<Job> run(String notebookPath, JobParameter... parameters) {
        Objects.requireNonNull(notebookPath, "notebookPath");
        List<JobParameter> all = List.of(parameters);
        return Mono.defer(() -> {
            JobCreate create = JobCreate.of(notebookPath, JobSchedule.once(Instant.now()));
            for (JobParameter parameter : all) {
                create = create.withParameter(parameter);
            }
            return create(create);
        });
    }

    /**
     * @param jobId a job's id
     * @return the job, {@code GET /v1/jobs/{jobID}}; a 404 when there is none
     */
    public Mono<Job> get(String jobId) {
        return this.transport.call(HttpMethod.GET, path(jobId), Map.of(), null, Job.class);
    }

    /**
     * Deletes a job, {@code DELETE /v1/jobs/{jobID}}: it runs no more.
     *
     * @param jobId the job's id
     * @return the API's answer, a JSON boolean (singlestore-server.md §1.2)
     */
    public Mono<Boolean> delete(String jobId) {
        return this.transport.call(HttpMethod.DELETE, path(jobId), Map.of(), null, Boolean.class);
    }

    /**
     * The executions of a job whose numbers are in a window, {@code GET /v1/jobs/{jobID}/executions?start=&end=}
     * (both required, singlestore-server.md §1.3).
     *
     * @param jobId the job's id
     * @param start the first execution number, from 1
     * @param end   the last execution number, at least {@code start}
     * @return the executions of the window, with its bounds
     * @throws IllegalArgumentException when the window is empty or starts below 1
     */
    public Mono<JobExecutions> executions(String jobId, long start, long end) {
        if (start < 1 || end < start) {
            throw new IllegalArgumentException("An execution window is 1 <= start <= end: " + start + ", " + end);
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("start", Long.toString(start));
        query.put("end", Long.toString(end));
        return this.transport.call(HttpMethod.GET, path(jobId) + "/executions", query, null, JobExecutions.class);
    }

    /**
     * @param jobId a job's id
     * @return the parameters it was created with, {@code GET /v1/jobs/{jobID}/parameters}
     */
    public Flux<JobParameter> parameters(String jobId) {
        return this.transport.list(path(jobId) + "/parameters", Map.of(), JobParameter.class);
    }

    /** @return the runtimes jobs can run on, {@code GET /v1/jobs/runtimes} */
    public Flux<JobRuntime> runtimes() {
        return this.transport.list("jobs/runtimes", Map.of(), JobRuntime.class);
    }

    /**
     * Waits for a job that runs once to have a completed execution ({@link LongOperation#WAIT_JOB}): reads it at
     * once and after every interval, as the Python SDK's {@code wait} (python-sdk-services.md §3.4). Cancelling the
     * subscription stops the reads.
     *
     * @param jobId the job's id
     * @return the job once it completed; a {@link RecurringJobException} at the first read when the job is
     *     recurring; a {@link LongOperationException} with reason {@code TIMEOUT} when it does not complete in time
     */
    public Mono<Job> wait(String jobId) {
        return wait(jobId, this.settings.polling(LongOperation.WAIT_JOB));
    }

    /**
     * As {@link #wait(String)}, with another timeout than the configured one.
     *
     * @param jobId   the job's id
     * @param timeout the longest wait
     * @return the job once it completed
     */
    public Mono<Job> wait(String jobId, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return wait(jobId, new Polling(this.settings.polling(LongOperation.WAIT_JOB).interval(), timeout));
    }

    private Mono<Job> wait(String jobId, Polling polling) {
        String path = "/" + this.settings.version() + "/" + path(jobId);
        Mono<Job> read = get(jobId).flatMap(job -> job.isRecurring()
            ? Mono.error(new RecurringJobException(jobId, path))
            : Mono.just(job));
        Poller<Job> poller = new Poller<>(LongOperation.WAIT_JOB, polling,
            job -> String.valueOf(job.completedExecutionsCount()),
            job -> job.completedExecutionsCount() + " completed executions", Job::isCompleted, job -> false);
        return poller.follow(jobId, path, read).last();
    }

    private static String path(String jobId) {
        return "jobs/" + Transport.encode(Objects.requireNonNull(jobId, "jobId"));
    }

    @Override
    public String toString() {
        return "Jobs[" + this.settings.baseUrl() + "]";
    }
}
