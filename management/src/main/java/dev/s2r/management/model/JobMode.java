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
 * The schedule mode of a job ({@code schedule.mode}, singlestore-server.md §1.6): {@code Once} or
 * {@code Recurring}. Values compare case-insensitively (the Python SDK accepts any casing,
 * python-sdk-services.md §3.6); a value the client does not know is kept as sent, with {@link #isKnown()} false.
 */
public final class JobMode {

    /** Runs once, at its start time. */
    public static final JobMode ONCE = new JobMode("Once");
    /** Runs at its start time, then after every interval. */
    public static final JobMode RECURRING = new JobMode("Recurring");

    private static final Set<String> KNOWN = Set.of("ONCE", "RECURRING");

    private final String value;

    private JobMode(String value) {
        this.value = value;
    }

    /**
     * @param value a value as the API sends it, in any case
     * @return the value
     */
    @JsonCreator
    public static JobMode of(String value) {
        return new JobMode(Objects.requireNonNull(value, "value"));
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
        return other instanceof JobMode that && key().equals(that.key());
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
