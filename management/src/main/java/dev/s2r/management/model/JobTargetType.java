/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Set;

/**
 * The kind of resource a job runs on ({@code targetConfig.targetType}, singlestore-server.md §1.6). Values compare
 * case-insensitively; a value the client does not know is kept as sent, with {@link #isKnown()} false.
 */
public final class JobTargetType extends OpenValue {

    /** A workspace. */
    public static final JobTargetType WORKSPACE = new JobTargetType("Workspace");
    /** A (legacy) cluster. */
    public static final JobTargetType CLUSTER = new JobTargetType("Cluster");
    /** A starter (shared tier) workspace. */
    public static final JobTargetType VIRTUAL_WORKSPACE = new JobTargetType("VirtualWorkspace");

    private static final Set<String> KNOWN = Set.of("WORKSPACE", "CLUSTER", "VIRTUALWORKSPACE");

    private JobTargetType(String value) {
        super(value);
    }

    /**
     * @param value a value as the API sends it, in any case
     * @return the value
     */
    @JsonCreator
    public static JobTargetType of(String value) {
        return new JobTargetType(value);
    }

    @Override
    Set<String> known() {
        return KNOWN;
    }
}
