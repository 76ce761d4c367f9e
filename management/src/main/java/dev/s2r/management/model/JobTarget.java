/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * Where a job runs ({@code targetConfig}, singlestore-server.md §1.5): {@code targetID}, {@code targetType} and
 * {@code resumeTarget} are required when one is sent, {@code databaseName} is optional.
 *
 * @param targetID     the id of the workspace, starter workspace or cluster
 * @param targetType   its kind
 * @param resumeTarget whether a suspended target is resumed to run the job
 * @param databaseName the default database of the run
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobTarget(String targetID, JobTargetType targetType, Boolean resumeTarget, String databaseName) {

    /**
     * @param type         the target's kind
     * @param id           its id
     * @param databaseName the run's default database, or {@code null}
     * @return a target that is not resumed when suspended
     */
    public static JobTarget of(JobTargetType type, String id, String databaseName) {
        return new JobTarget(Objects.requireNonNull(id, "id"), Objects.requireNonNull(type, "type"), false,
            databaseName);
    }

    /**
     * @param resume whether a suspended target is resumed to run the job
     * @return a copy with it
     */
    public JobTarget withResumeTarget(boolean resume) {
        return new JobTarget(targetID, targetType, resume, databaseName);
    }
}
