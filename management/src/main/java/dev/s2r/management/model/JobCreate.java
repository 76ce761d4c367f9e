/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /v1/jobs} ({@code JobCreate}, singlestore-server.md §1.5; python-sdk-services.md §3.6).
 * Start from {@link #of(String, JobSchedule)}; {@code null} fields are not sent. Without a target, the client
 * fills one from the environment when it can (see {@code Jobs.create}).
 *
 * @param name            the job's name
 * @param description     its description
 * @param executionConfig the notebook, whether to snapshot it, and the runtime
 * @param schedule        when it runs
 * @param targetConfig    where it runs, or {@code null} for the environment's target
 * @param parameters      the notebook's parameters; not sent when empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record JobCreate(String name, String description, JobExecutionConfig executionConfig, JobSchedule schedule,
                        JobTarget targetConfig, List<JobParameter> parameters) {

    /** Checks the required fields and copies the list. */
    public JobCreate {
        Objects.requireNonNull(executionConfig, "executionConfig");
        Objects.requireNonNull(executionConfig.notebookPath(), "notebookPath");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(schedule.mode(), "schedule.mode");
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /**
     * @param notebookPath the notebook's path in the organization's files
     * @param schedule     when it runs
     * @return a body that runs the notebook without snapshots on the default runtime
     */
    public static JobCreate of(String notebookPath, JobSchedule schedule) {
        return new JobCreate(null, null, new JobExecutionConfig(Objects.requireNonNull(notebookPath, "notebookPath"),
            false, null, null), schedule, null, List.of());
    }

    /**
     * @param newName the job's name
     * @return a copy with it
     */
    public JobCreate withName(String newName) {
        return new JobCreate(newName, description, executionConfig, schedule, targetConfig, parameters);
    }

    /**
     * @param newDescription the job's description
     * @return a copy with it
     */
    public JobCreate withDescription(String newDescription) {
        return new JobCreate(name, newDescription, executionConfig, schedule, targetConfig, parameters);
    }

    /**
     * @param snapshot whether each run saves a snapshot of the notebook
     * @return a copy with it
     */
    public JobCreate withCreateSnapshot(boolean snapshot) {
        return new JobCreate(name, description, new JobExecutionConfig(executionConfig.notebookPath(), snapshot,
            executionConfig.runtimeName(), null), schedule, targetConfig, parameters);
    }

    /**
     * @param runtimeName a runtime's name (see {@code jobs().runtimes()})
     * @return a copy with it
     */
    public JobCreate withRuntime(String runtimeName) {
        return new JobCreate(name, description, new JobExecutionConfig(executionConfig.notebookPath(),
            executionConfig.createSnapshot(), runtimeName, null), schedule, targetConfig, parameters);
    }

    /**
     * @param target where the job runs, instead of the environment's target
     * @return a copy with it
     */
    public JobCreate withTarget(JobTarget target) {
        return new JobCreate(name, description, executionConfig, schedule, Objects.requireNonNull(target, "target"),
            parameters);
    }

    /**
     * @param parameter a parameter of the notebook, added to those already set
     * @return a copy with it
     */
    public JobCreate withParameter(JobParameter parameter) {
        List<JobParameter> all = new ArrayList<>(parameters);
        all.add(Objects.requireNonNull(parameter, "parameter"));
        return new JobCreate(name, description, executionConfig, schedule, targetConfig, all);
    }
}
