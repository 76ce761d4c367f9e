/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.batch;

import java.util.Arrays;

/**
 * One column of a {@link Batch}: values of one {@link WireType} in the storage that type names (a {@code long[]},
 * a {@code double[]} or an {@code Object[]}), and a null flag per row. Codecs append to it; invokers read it by row
 * index. A NULL row holds the storage's zero value (0, 0.0 or {@code null}). Not thread-safe.
 */
public final class Column {

    private static final int INITIAL_CAPACITY = 16;

    private final WireType type;
    private long[] longs;
    private double[] doubles;
    private Object[] objects;
    private boolean[] nulls;
    private boolean anyNull;
    private int size;

    private Column(WireType type, int capacity) {
        this.type = type;
        int initial = Math.max(capacity, 1);
        switch (type.storage()) {
            case LONG -> this.longs = new long[initial];
            case DOUBLE -> this.doubles = new double[initial];
            default -> this.objects = new Object[initial];
        }
        this.nulls = new boolean[initial];
    }

    /**
     * @param type the values' type
     * @param capacity the expected number of rows (the column grows past it)
     * @return an empty column
     */
    public static Column of(WireType type, int capacity) {
        return new Column(type, capacity);
    }

    /**
     * @param type the values' type
     * @return an empty column
     */
    public static Column of(WireType type) {
        return new Column(type, INITIAL_CAPACITY);
    }

    /** @return the values' type */
    public WireType type() {
        return this.type;
    }

    /** @return the number of rows */
    public int size() {
        return this.size;
    }

    /** @return whether any row is NULL */
    public boolean hasNulls() {
        return this.anyNull;
    }

    /**
     * @param row a row index
     * @return whether the row is NULL
     */
    public boolean isNull(int row) {
        return this.nulls[row];
    }

    /**
     * @param row a row index
     * @return the row's value ({@link WireType.Storage#LONG} storage)
     */
    public long getLong(int row) {
        return this.longs[row];
    }

    /**
     * @param row a row index
     * @return the row's value ({@link WireType.Storage#DOUBLE} storage)
     */
    public double getDouble(int row) {
        return this.doubles[row];
    }

    /**
     * @param row a row index
     * @return the row's value ({@link WireType.Storage#OBJECT} storage), {@code null} when NULL
     */
    public Object getObject(int row) {
        return this.objects[row];
    }

    /**
     * The backing array, valid up to {@link #size()}: for batch functions, which take whole columns.
     *
     * @return the {@code long[]} of {@link WireType.Storage#LONG} storage
     */
    public long[] longs() {
        return this.longs;
    }

    /** @return the {@code double[]} of {@link WireType.Storage#DOUBLE} storage, valid up to {@link #size()} */
    public double[] doubles() {
        return this.doubles;
    }

    /** @return the {@code Object[]} of {@link WireType.Storage#OBJECT} storage, valid up to {@link #size()} */
    public Object[] objects() {
        return this.objects;
    }

    /** @return the null flags, valid up to {@link #size()} */
    public boolean[] nulls() {
        return this.nulls;
    }

    /** @param value the next row's value ({@link WireType.Storage#LONG} storage) */
    public void addLong(long value) {
        if (this.size == this.longs.length) {
            grow();
        }
        this.longs[this.size++] = value;
    }

    /** @param value the next row's value ({@link WireType.Storage#DOUBLE} storage) */
    public void addDouble(double value) {
        if (this.size == this.doubles.length) {
            grow();
        }
        this.doubles[this.size++] = value;
    }

    /** @param value the next row's value ({@link WireType.Storage#OBJECT} storage); {@code null} adds a NULL */
    public void addObject(Object value) {
        if (value == null) {
            addNull();
            return;
        }
        if (this.size == this.objects.length) {
            grow();
        }
        this.objects[this.size++] = value;
    }

    /** Adds a NULL row (holding the storage's zero value). */
    public void addNull() {
        if (this.size == this.nulls.length) {
            grow();
        }
        this.nulls[this.size++] = true;
        this.anyNull = true;
    }

    private void grow() {
        int capacity = this.nulls.length * 2;
        this.nulls = Arrays.copyOf(this.nulls, capacity);
        switch (this.type.storage()) {
            case LONG -> this.longs = Arrays.copyOf(this.longs, capacity);
            case DOUBLE -> this.doubles = Arrays.copyOf(this.doubles, capacity);
            default -> this.objects = Arrays.copyOf(this.objects, capacity);
        }
    }

    @Override
    public String toString() {
        return "Column{" + this.type + ", " + this.size + " rows}";
    }
}
