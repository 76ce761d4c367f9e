/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Objects;

/**
 * A parameter of a job's notebook ({@code parameters[]}, singlestore-server.md §1.5): its name, its type
 * ({@code string}, {@code integer}, {@code float} or {@code boolean}, §1.6) and its value, which the API takes as
 * a string whatever the type (python-sdk-services.md §3.6 sends {@code str(v)}).
 *
 * @param name  the variable's name in the notebook
 * @param type  {@code string}, {@code integer}, {@code float} or {@code boolean}
 * @param value the value as text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobParameter(String name, String type, String value) {

    /** The type of text parameters. */
    public static final String STRING = "string";
    /** The type of integer parameters. */
    public static final String INTEGER = "integer";
    /** The type of floating-point parameters. */
    public static final String FLOAT = "float";
    /** The type of boolean parameters. */
    public static final String BOOLEAN = "boolean";

    /**
     * @param name  the name
     * @param value a text
     * @return a {@code string} parameter
     */
    public static JobParameter of(String name, String value) {
        return new JobParameter(Objects.requireNonNull(name, "name"), STRING, Objects.requireNonNull(value, "value"));
    }

    /**
     * @param name  the name
     * @param value an integer
     * @return an {@code integer} parameter, the value in decimal
     */
    public static JobParameter of(String name, long value) {
        return new JobParameter(Objects.requireNonNull(name, "name"), INTEGER, Long.toString(value));
    }

    /**
     * @param name  the name
     * @param value a finite number
     * @return a {@code float} parameter
     * @throws IllegalArgumentException when the value is NaN or infinite
     */
    public static JobParameter of(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A float job parameter must be finite: " + value);
        }
        return new JobParameter(Objects.requireNonNull(name, "name"), FLOAT, Double.toString(value));
    }

    /**
     * @param name  the name
     * @param value a boolean
     * @return a {@code boolean} parameter, {@code True} or {@code False} as the Python SDK writes them
     */
    public static JobParameter of(String name, boolean value) {
        return new JobParameter(Objects.requireNonNull(name, "name"), BOOLEAN, value ? "True" : "False");
    }
}
