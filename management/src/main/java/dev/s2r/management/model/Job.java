/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * A scheduled notebook job ({@code Job}, singlestore-server.md §1.5). Optional fields are {@code null} when absent;
 * the API's zero time reads as {@code null}.
 *
 * @param jobID                    its id
 * @param name                     its name
 * @param description              its description
 * @param createdAt                when it was created
 * @param terminatedAt             when it was deleted
 * @param enqueuedBy               who created it
 * @param completedExecutionsCount how many of its runs completed
 * @param executionConfig          what it runs
 * @param schedule                 when it runs
 * @param targetConfig             where it runs, when it names a target
 * @param jobMetadata              counts of its executions by status; empty when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Job(String jobID, String name, String description, Instant createdAt, Instant terminatedAt,
                  String enqueuedBy, Long completedExecutionsCount, JobExecutionConfig executionConfig,
                  JobSchedule schedule, JobTarget targetConfig, List<JobMetadata> jobMetadata) {

    /** Copies the list. */
    public Job {
        jobMetadata = jobMetadata == null ? List.of() : List.copyOf(jobMetadata);
    }

    /** @return whether its schedule is {@code Recurring} */
    public boolean isRecurring() {
        return this.schedule != null && this.schedule.isRecurring();
    }

    /**
     * @return whether it runs once and one of its runs completed: the end of a wait on it (python-sdk-services.md
     *     §3.4)
     */
    public boolean isCompleted() {
        return this.schedule != null && JobMode.ONCE.equals(this.schedule.mode())
            && this.completedExecutionsCount != null && this.completedExecutionsCount > 0;
    }
}
