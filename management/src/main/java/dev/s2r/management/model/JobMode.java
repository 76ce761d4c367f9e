/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Set;

/**
 * The schedule mode of a job ({@code schedule.mode}, singlestore-server.md §1.6): {@code Once} or
 * {@code Recurring}. Values compare case-insensitively (the Python SDK accepts any casing,
 * python-sdk-services.md §3.6); a value the client does not know is kept as sent, with {@link #isKnown()} false.
 */
public final class JobMode extends OpenValue {

    /** Runs once, at its start time. */
    public static final JobMode ONCE = new JobMode("Once");
    /** Runs at its start time, then after every interval. */
    public static final JobMode RECURRING = new JobMode("Recurring");

    private static final Set<String> KNOWN = Set.of("ONCE", "RECURRING");

    private JobMode(String value) {
        super(value);
    }

    /**
     * @param value a value as the API sends it, in any case
     * @return the value
     */
    @JsonCreator
    public static JobMode of(String value) {
        return new JobMode(value);
    }

    @Override
    Set<String> known() {
        return KNOWN;
    }
}
