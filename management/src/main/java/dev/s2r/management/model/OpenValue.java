/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A value of one of the API's enumerations (a state, a job's mode, status or target type) that keeps what the API
 * sends even when the client does not know it, instead of failing the read: {@link #isKnown()} tells which. Values
 * of the same kind compare case-insensitively, as the API's casing varies (singlestore-server.md §1.6). Immutable.
 */
public abstract class OpenValue {

    private final String value;
    private final String key;

    /** @param value the value as the API sends it, in any case */
    OpenValue(String value) {
        this.value = Objects.requireNonNull(value, "value");
        this.key = value.toUpperCase(Locale.ROOT);
    }

    /** @return the value as the API sent it, or as a constant of its class writes it */
    @JsonValue
    public final String value() {
        return this.value;
    }

    /** @return whether this is one of the values of the spec (or of the Python SDK, where it names more) */
    public final boolean isKnown() {
        return known().contains(this.key);
    }

    /** @return the known values of this kind, in upper case */
    abstract Set<String> known();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && this.key.equals(((OpenValue) other).key);
    }

    @Override
    public final int hashCode() {
        return this.key.hashCode();
    }

    @Override
    public final String toString() {
        return this.value;
    }
}
