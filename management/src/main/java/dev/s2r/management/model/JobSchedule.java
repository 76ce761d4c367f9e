/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a job runs ({@code schedule}, singlestore-server.md §1.5): its mode, its first start and, for a recurring
 * job, the minutes between runs. Read from a job and sent when creating one; {@code null} fields are not sent.
 *
 * @param mode                       {@code Once} or {@code Recurring}
 * @param startAt                    the first start; the API's choice (now) when {@code null}
 * @param executionIntervalInMinutes the minutes between the runs of a recurring job
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobSchedule(JobMode mode, Instant startAt, Integer executionIntervalInMinutes) {

    /** @return a schedule that runs once, when the API chooses (now) */
    public static JobSchedule once() {
        return new JobSchedule(JobMode.ONCE, null, null);
    }

    /**
     * @param startAt when to run
     * @return a schedule that runs once, at that time
     */
    public static JobSchedule once(Instant startAt) {
        return new JobSchedule(JobMode.ONCE, Objects.requireNonNull(startAt, "startAt"), null);
    }

    /**
     * @param interval the time between runs: whole minutes, at least one (the API counts in minutes; the Python SDK
     *                 converts hours and days to minutes, python-sdk-services.md §1.8)
     * @param startAt  the first run, or {@code null} for the API's choice
     * @return a recurring schedule
     * @throws IllegalArgumentException when the interval is not a positive whole number of minutes
     */
    public static JobSchedule recurring(Duration interval, Instant startAt) {
        Objects.requireNonNull(interval, "interval");
        if (interval.toMinutes() < 1 || !interval.equals(Duration.ofMinutes(interval.toMinutes()))) {
            throw new IllegalArgumentException("A job's interval is a positive whole number of minutes: " + interval);
        }
        return new JobSchedule(JobMode.RECURRING, startAt, Math.toIntExact(interval.toMinutes()));
    }

    /** @return whether the mode is {@code Recurring} */
    @JsonIgnore
    public boolean isRecurring() {
        return JobMode.RECURRING.equals(this.mode);
    }
}
