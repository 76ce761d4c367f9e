/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Set;

/**
 * The status of a job execution or of a job metadata entry (singlestore-server.md §1.6). Values compare
 * case-insensitively; a status the client does not know is kept as sent, with {@link #isKnown()} false (the Python
 * SDK maps it to {@code Unknown}, python-sdk-services.md §3.3).
 */
public final class JobStatus extends OpenValue {

    /** Waiting for its start time. */
    public static final JobStatus SCHEDULED = new JobStatus("Scheduled");
    /** Running. */
    public static final JobStatus RUNNING = new JobStatus("Running");
    /** Finished successfully. */
    public static final JobStatus COMPLETED = new JobStatus("Completed");
    /** Finished with a failure of the notebook. */
    public static final JobStatus FAILED = new JobStatus("Failed");
    /** Could not be run. */
    public static final JobStatus ERROR = new JobStatus("Error");
    /** Canceled. */
    public static final JobStatus CANCELED = new JobStatus("Canceled");
    /** The API does not know. */
    public static final JobStatus UNKNOWN = new JobStatus("Unknown");

    private static final Set<String> KNOWN = Set.of("SCHEDULED", "RUNNING", "COMPLETED", "FAILED", "ERROR",
        "CANCELED", "UNKNOWN");

    private JobStatus(String value) {
        super(value);
    }

    /**
     * @param value a value as the API sends it, in any case
     * @return the value
     */
    @JsonCreator
    public static JobStatus of(String value) {
        return new JobStatus(value);
    }

    @Override
    Set<String> known() {
        return KNOWN;
    }
}
