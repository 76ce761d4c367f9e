/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The measurements of one driver in one workload across the rounds of a run.
 */
public final class Stats {

    final List<Double> values = new ArrayList<>();
    final List<Double> cpu = new ArrayList<>();
    final List<Double> heapGrowth = new ArrayList<>();
    final List<Double> directGrowth = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> checksums = new ArrayList<>();
    String unit = "";

    /** @return whether at least one round succeeded */
    public boolean ok() {
        return !values.isEmpty();
    }

    /** @return successful rounds */
    public int n() {
        return values.size();
    }

    /** @return the median rate over successful rounds */
    public double median() {
        return median(values);
    }

    /** @return the lowest rate */
    public double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    /** @return the highest rate */
    public double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** @return the median client CPU µs per row or operation */
    public double cpuPerUnit() {
        return median(cpu);
    }

    /** @return the median heap growth in MB, NaN when not measured */
    public double heapGrowthMedian() {
        return median(heapGrowth);
    }

    /** @return the largest heap growth in MB, NaN when not measured */
    public double heapGrowthMax() {
        return heapGrowth.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** @return the median direct-memory growth in MB, NaN when not measured */
    public double directGrowthMedian() {
        return median(directGrowth);
    }

    /** @return the first error message, or {@code null} */
    public String firstError() {
        return errors.isEmpty() ? null : errors.get(0);
    }

    /** @return rounds that failed */
    public int failedRounds() {
        return errors.size();
    }

    static double median(List<Double> list) {
        if (list.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
