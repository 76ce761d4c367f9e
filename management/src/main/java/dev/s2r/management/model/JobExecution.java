/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * One run of a job ({@code Execution}, singlestore-server.md §1.5).
 *
 * @param executionID          its id
 * @param executionNumber      its number in the job's runs, from 1
 * @param jobID                the job's id
 * @param status               its status
 * @param scheduledStartTime   when it was to start
 * @param startedAt            when it started, once it has
 * @param finishedAt           when it finished, once it has
 * @param snapshotNotebookPath the path of the notebook's snapshot, when the job creates them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobExecution(String executionID, Long executionNumber, String jobID, JobStatus status,
                           Instant scheduledStartTime, Instant startedAt, Instant finishedAt,
                           String snapshotNotebookPath) {
}
