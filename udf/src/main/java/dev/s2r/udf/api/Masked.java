/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.api;

import java.lang.reflect.Array;
import java.util.Objects;

/**
 * A {@code NULL}-able column of a batch function: the values in an array ({@code long[]}, {@code String[]}, ...)
 * and a null mask of the same length, {@code true} where the row is SQL NULL (its value is then the array's zero
 * value and means nothing). Neither array is copied.
 *
 * @param <A> the array type
 */
public final class Masked<A> {

    private final A values;
    private final boolean[] nulls;

    private Masked(A values, boolean[] nulls) {
        this.values = values;
        this.nulls = nulls;
    }

    /**
     * @param values the values, an array
     * @param nulls the null mask, as long as {@code values}
     * @param <A> the array type
     * @return the column
     * @throws IllegalArgumentException when {@code values} is not an array or the lengths differ
     */
    public static <A> Masked<A> of(A values, boolean[] nulls) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(nulls, "nulls");
        if (!values.getClass().isArray()) {
            throw new IllegalArgumentException("values must be an array, not " + values.getClass().getName());
        }
        if (Array.getLength(values) != nulls.length) {
            throw new IllegalArgumentException(Array.getLength(values) + " values but " + nulls.length + " null flags");
        }
        return new Masked<>(values, nulls);
    }

    /** @return the values (a NULL row holds the array's zero value) */
    public A values() {
        return this.values;
    }

    /** @return the null mask: {@code true} where the row is NULL */
    public boolean[] nulls() {
        return this.nulls;
    }

    /**
     * @param row a row index
     * @return whether the row is NULL
     */
    public boolean isNull(int row) {
        return this.nulls[row];
    }

    /** @return the number of rows */
    public int size() {
        return this.nulls.length;
    }

    @Override
    public String toString() {
        return "Masked{" + this.values.getClass().getComponentType().getSimpleName() + "[" + this.nulls.length + "]}";
    }
}
