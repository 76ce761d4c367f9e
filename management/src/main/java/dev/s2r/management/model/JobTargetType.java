/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The kind of resource a job runs on ({@code targetConfig.targetType}, singlestore-server.md §1.6). Values compare
 * case-insensitively; a value the client does not know is kept as sent, with {@link #isKnown()} false.
 */
public final class JobTargetType {

    /** A workspace. */
    public static final JobTargetType WORKSPACE = new JobTargetType("Workspace");
    /** A (legacy) cluster. */
    public static final JobTargetType CLUSTER = new JobTargetType("Cluster");
    /** A starter (shared tier) workspace. */
    public static final JobTargetType VIRTUAL_WORKSPACE = new JobTargetType("VirtualWorkspace");

    private static final Set<String> KNOWN = Set.of("WORKSPACE", "CLUSTER", "VIRTUALWORKSPACE");

    private final String value;

    private JobTargetType(String value) {
        this.value = value;
    }

    /**
     * @param value a value as the API sends it, in any case
     * @return the value
     */
    @JsonCreator
    public static JobTargetType of(String value) {
        return new JobTargetType(Objects.requireNonNull(value, "value"));
    }

    /** @return the value as the API sent it, or as a constant of this class writes it */
    @JsonValue
    public String value() {
        return this.value;
    }

    /** @return whether this is one of the values of the spec */
    public boolean isKnown() {
        return KNOWN.contains(key());
    }

    private String key() {
        return this.value.toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobTargetType that && key().equals(that.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return this.value;
    }
}
