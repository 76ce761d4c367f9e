/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Set;

/**
 * The state of a workspace or workspace group. States compare case-insensitively (the server sends upper case,
 * the Python SDK compares lower case: singlestore-server.md §1.6); a state the client does not know is kept as sent,
 * with {@link #isKnown()} false, instead of failing the read.
 */
public final class State extends OpenValue {

    /** Running and ready. */
    public static final State ACTIVE = new State("ACTIVE");
    /** Being created or changed. */
    public static final State PENDING = new State("PENDING");
    /** Suspended (workspaces only). */
    public static final State SUSPENDED = new State("SUSPENDED");
    /** Resumed (the Python SDK accepts it as the end of a resume: python-sdk-services.md §3.4). */
    public static final State RESUMED = new State("RESUMED");
    /** Creation or a change failed. */
    public static final State FAILED = new State("FAILED");
    /** Terminated. */
    public static final State TERMINATED = new State("TERMINATED");

    private static final Set<String> KNOWN = Set.of("ACTIVE", "PENDING", "SUSPENDED", "RESUMED", "FAILED",
        "TERMINATED");

    private State(String value) {
        super(value);
    }

    /**
     * @param value a state as the API sends it, in any case
     * @return the state
     */
    @JsonCreator
    public static State of(String value) {
        return new State(value);
    }

    @Override
    Set<String> known() {
        return KNOWN;
    }
}
