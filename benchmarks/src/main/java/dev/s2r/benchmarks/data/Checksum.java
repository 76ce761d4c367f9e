/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.data;

/**
 * An order-independent fold of rows: their count and the sum of their {@link WideRow#hash() hashes}.
 *
 * <p>Not thread-safe: concurrent workloads give each chain or thread its own and {@link #merge(Checksum) merge}
 * them at the end.
 */
public final class Checksum {

    private long count;
    private long sum;

    /**
     * Folds one row in.
     *
     * @param row the decoded row
     */
    public void add(WideRow row) {
        count++;
        sum += row.hash();
    }

    /**
     * Folds one row in by its {@link WideRow#hash() hash}, computed without building the row (the ARROW workload).
     *
     * @param hash the row's hash
     */
    public void addHash(long hash) {
        count++;
        sum += hash;
    }

    /**
     * Folds in rows whose hashes were summed elsewhere (the UDF workloads, a batch at a time).
     *
     * @param rows    the number of rows
     * @param hashSum the sum of their hashes
     */
    public void addRows(long rows, long hashSum) {
        count += rows;
        sum += hashSum;
    }

    /** Counts a row whose values were not decoded (the raw-socket floor). */
    public void countOnly() {
        count++;
    }

    /**
     * Adds another checksum's rows to this one.
     *
     * @param other the other fold
     * @return this
     */
    public Checksum merge(Checksum other) {
        count += other.count;
        sum += other.sum;
        return this;
    }

    /** @return the number of rows folded in */
    public long count() {
        return count;
    }

    /**
     * A fold that only counts, for writes.
     *
     * @param rows the number of rows
     * @return a checksum of {@code rows} rows and sum 0
     */
    public static Checksum counted(long rows) {
        Checksum c = new Checksum();
        c.count = rows;
        return c;
    }

    /**
     * The checksum the table holds for ids {@code 1..rows}.
     *
     * @param rows the number of rows
     * @return the expected fold
     */
    public static Checksum ofIds(long rows) {
        Checksum c = new Checksum();
        for (long id = 1; id <= rows; id++) {
            c.add(WideRow.generate(id));
        }
        return c;
    }

    /**
     * The checksum of the given ids, repeats included.
     *
     * @param ids the ids
     * @return the expected fold
     */
    public static Checksum ofIds(long[] ids) {
        Checksum c = new Checksum();
        for (long id : ids) {
            c.add(WideRow.generate(id));
        }
        return c;
    }

    /** @return {@code count:hex-sum}, comparable across drivers */
    @Override
    public String toString() {
        return count + ":" + Long.toHexString(sum);
    }
}
