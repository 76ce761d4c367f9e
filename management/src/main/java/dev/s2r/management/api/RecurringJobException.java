/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.api;

/**
 * A wait was asked on a job whose schedule is {@code Recurring}: such a job never finishes, so the wait fails at its
 * first read instead of polling until its timeout (as the Python SDK's {@code JobsManager.wait} raises,
 * python-sdk-services.md §3.4). Its {@link #status()} is 0: the API call itself succeeded.
 */
public final class RecurringJobException extends ManagementException {

    private static final long serialVersionUID = 1L;

    private final String jobId;

    /**
     * @param jobId the job's id
     * @param path  the path that was read
     */
    public RecurringJobException(String jobId, String path) {
        super("Job " + jobId + " is recurring: it never finishes, so it cannot be waited on", "GET", path, 0, "",
            null, null);
        this.jobId = jobId;
    }

    /** @return the id of the recurring job */
    public String jobId() {
        return this.jobId;
    }
}
