/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.harness;

import dev.s2r.benchmarks.data.Checksum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the passes of one measurement JVM and appends its result line to the run's TSV file.
 *
 * <p>Each pass records wall time and the process CPU time ({@link CpuClock}: all threads of this JVM, driver,
 * event loops, JIT, GC), and the JVM's values are the median rate and the median CPU time per unit of its measured
 * passes; warm-up passes are checked but not counted. Columns: round, workload, driver, status, value, unit, cpu µs per unit, heap growth MB, peak heap
 * after GC MB, passes, checksum, message, direct memory growth MB.
 */
public final class Recorder {

    /** One pass of work; returns what it read or wrote. */
    @FunctionalInterface
    public interface Work {
        /**
         * Runs the pass.
         *
         * @return the fold of the rows read (or a count of rows written)
         * @throws Exception on any failure
         */
        Checksum run() throws Exception;
    }


    private static final boolean THREAD_CPU = java.util.Set.of("1", "true").contains(System.getProperty("bench.threadCpu", ""));

    private final BenchEnv env;
    private final String workload;
    private final String driver;
    private final String unit;
    private final List<long[]> passes = new ArrayList<>();
    private volatile HeapWatcher heap;
    private boolean measuring;
    private String checksum = "";
    private boolean written;

    /**
     * Creates the recorder of one measurement.
     *
     * @param env      the run's environment
     * @param workload e.g. {@code STREAM}, {@code POINT_C32}
     * @param driver   e.g. {@code s2r}
     * @param unit     {@code rows/s} or {@code ops/s}
     */
    public Recorder(BenchEnv env, String workload, String driver, String unit) {
        this.env = env;
        this.workload = workload;
        this.driver = driver;
        this.unit = unit;
    }

    /**
     * Attaches a heap watcher whose growth is reported.
     *
     * @param watcher the watcher
     */
    public void heap(HeapWatcher watcher) {
        this.heap = watcher;
    }

    /**
     * Marks the start of a JMH iteration.
     *
     * @param measured whether it is a measurement (not warm-up) iteration
     */
    public void iteration(boolean measured) {
        this.measuring = measured;
    }

    /** @return whether the current iteration is measured */
    public boolean measuring() {
        return measuring;
    }

    /**
     * Runs one pass, checks its checksum and, in a measured iteration, records it.
     *
     * @param expected the checksum the pass must produce, or {@code null} to check only later across drivers
     * @param work     the pass
     * @return the number of units (rows or operations) of the pass
     */
    public long measure(String expected, Work work) {
        try {
            Map<String, Long> threads0 = THREAD_CPU ? CpuClock.threads() : null;
            long cpu0 = CpuClock.processNanos();
            long t0 = System.nanoTime();
            Checksum result = work.run();
            long wall = System.nanoTime() - t0;
            long cpu = CpuClock.processNanos() - cpu0;
            if (threads0 != null) {
                System.out.printf(Locale.ROOT, "thread CPU of a %s %s pass of %s (%d units, %.1f ms wall, %.1f ms CPU):%n%s",
                    measuring ? "measured" : "warm-up", workload, driver, result.count(), wall / 1e6, cpu / 1e6, CpuClock.delta(threads0,
                        CpuClock.threads()));
            }
            String got = result.toString();
            if (expected != null && !expected.equals(got)) {
                throw new IllegalStateException("checksum mismatch: expected " + expected + ", got " + got);
            }
            if (measuring) {
                passes.add(new long[] {result.count(), wall, cpu});
                checksum = got;
            }
            return result.count();
        } catch (Throwable t) {
            fail(t);
            throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
        }
    }

    /**
     * Writes an error line for this measurement (once).
     *
     * @param t the failure
     */
    public synchronized void fail(Throwable t) {
        if (written) {
            return;
        }
        Throwable root = t;
        StringBuilder message = new StringBuilder(String.valueOf(t));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            message.append(" <- ").append(root);
        }
        write("error", "", "", "", "", "", message.toString(), "");
    }

    /** Writes the result line of the measured passes (unless a failure was written). */
    public synchronized void finish() {
        if (written) {
            return;
        }
        if (passes.isEmpty()) {
            write("error", "", "", "", "", "", "no measured pass", "");
            return;
        }
        double median = median(passes.stream().mapToDouble(p -> p[0] * 1e9 / p[1]).toArray());
        double cpuPerUnit = median(passes.stream().mapToDouble(p -> p[2] / 1000.0 / p[0]).toArray());
        HeapWatcher h = heap;
        write("ok", fmt(median), fmt(cpuPerUnit), h == null ? "" : fmt(h.growthMb()),
            h == null ? "" : fmt(h.peakMb()), Integer.toString(passes.size()), "", h == null ? "" : fmt(h.directGrowthMb()));
    }

    private void write(String status, String value, String cpuPerUnit, String heapGrowth, String heapPeak,
                       String n, String message, String directGrowth) {
        written = true;
        String line = String.join("\t", Integer.toString(env.round()), workload, driver, status, value, unit,
            cpuPerUnit, heapGrowth, heapPeak, n, status.equals("ok") ? checksum : "", clean(message), directGrowth) + "\n";
        try {
            Files.writeString(env.out(), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print("bench-result: " + line);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String clean(String s) {
        String oneLine = s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > 600 ? oneLine.substring(0, 600) + "…" : oneLine;
    }
}
