/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.api;

import java.time.Duration;

/**
 * The operations that the API starts and the client then follows by polling, with their default polling: the
 * Python SDK's interval and timeout for each (python-sdk-services.md §3.4; python-sdk-audit.md "Management").
 */
public enum LongOperation {

    /** Creating a workspace, until it is {@code ACTIVE}: every 10 s, for up to 600 s. */
    CREATE_WORKSPACE("Creating workspace", Duration.ofSeconds(10), Duration.ofSeconds(600)),
    /** Suspending a workspace, until it is {@code SUSPENDED}: every 20 s, for up to 600 s. */
    SUSPEND_WORKSPACE("Suspending workspace", Duration.ofSeconds(20), Duration.ofSeconds(600)),
    /** Resuming a workspace, until it is {@code RESUMED} or {@code ACTIVE}: every 20 s, for up to 600 s. */
    RESUME_WORKSPACE("Resuming workspace", Duration.ofSeconds(20), Duration.ofSeconds(600)),
    /** Terminating a workspace, until it is {@code TERMINATED}: every 10 s, for up to 600 s. */
    TERMINATE_WORKSPACE("Terminating workspace", Duration.ofSeconds(10), Duration.ofSeconds(600)),
    /** Terminating a workspace group, until its {@code terminatedAt} is set: every 10 s, for up to 600 s. */
    TERMINATE_WORKSPACE_GROUP("Terminating workspace group", Duration.ofSeconds(10), Duration.ofSeconds(600)),
    /**
     * Waiting for an active workspace's SQL endpoint to answer a login (each attempt bounded by 5 s): every 10 s,
     * for up to 600 s.
     */
    AWAIT_ENDPOINT("Waiting for the endpoint of workspace", Duration.ofSeconds(10), Duration.ofSeconds(600)),
    /**
     * Waiting for a job that runs once to have a completed execution: every 5 s (the Python SDK's interval), for up
     * to 600 s (the Python SDK waits without a bound unless given a timeout).
     */
    WAIT_JOB("Waiting for job", Duration.ofSeconds(5), Duration.ofSeconds(600));

    private final String description;
    private final Polling defaultPolling;

    LongOperation(String description, Duration interval, Duration timeout) {
        this.description = description;
        this.defaultPolling = new Polling(interval, timeout);
    }

    /** @return a phrase naming the operation, for messages */
    public String description() {
        return this.description;
    }

    /** @return the interval and timeout used unless configured otherwise */
    public Polling defaultPolling() {
        return this.defaultPolling;
    }
}
