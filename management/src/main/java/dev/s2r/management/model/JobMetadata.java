/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How many of a job's executions have a status, and how long they took ({@code jobMetadata[]},
 * singlestore-server.md §1.5).
 *
 * @param status               the status counted
 * @param count                how many executions have it
 * @param avgDurationInSeconds their average duration
 * @param maxDurationInSeconds their longest duration
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobMetadata(JobStatus status, Long count, Double avgDurationInSeconds, Double maxDurationInSeconds) {
}
