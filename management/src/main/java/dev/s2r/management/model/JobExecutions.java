/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A window of a job's executions ({@code GET /v1/jobs/{jobID}/executions?start=&end=}, singlestore-server.md §1.3,
 * §1.5).
 *
 * @param executions         the executions whose numbers are in the window; empty when none
 * @param executionsMetadata the numbers of the first and last execution of the window
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobExecutions(List<JobExecution> executions, Window executionsMetadata) {

    /** Copies the list. */
    public JobExecutions {
        executions = executions == null ? List.of() : List.copyOf(executions);
    }

    /**
     * The execution numbers a window holds.
     *
     * @param startExecutionNumber the first
     * @param endExecutionNumber   the last
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Window(Long startExecutionNumber, Long endExecutionNumber) {
    }
}
