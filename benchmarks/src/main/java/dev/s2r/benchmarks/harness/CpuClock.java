/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU time of this JVM, to the nanosecond.
 *
 * <p>{@code OperatingSystemMXBean.getProcessCpuTime()} advances in scheduler ticks on Linux (10 ms here), which is
 * a fifth of an INSERT pass's CPU time. So on Linux the clock sums the run time the scheduler keeps for every
 * thread of the process ({@code /proc/self/task/<tid>/schedstat}, first field, in nanoseconds): driver, event
 * loops, JIT compilers and GC alike. A thread that ends during a pass takes its time with it; the drivers' event
 * loops and pools live as long as the JVM. Elsewhere the clock falls back to the MXBean.
 *
 * <p>The same per-thread times, by thread name, are a diagnostic: {@link #threads()} and {@link #delta}.
 */
public final class CpuClock {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final boolean PRECISE = !threads().isEmpty();

    private CpuClock() {
    }

    /** @return the process's CPU time in nanoseconds, from an arbitrary origin */
    public static long processNanos() {
        if (!PRECISE) {
            return OS.getProcessCpuTime();
        }
        long sum = 0;
        for (long nanos : threads().values()) {
            sum += nanos;
        }
        return sum;
    }

    /** @return whether {@link #processNanos} counts nanoseconds (else the MXBean's ticks) */
    public static boolean precise() {
        return PRECISE;
    }

    /**
     * @return the CPU nanoseconds of each live thread, keyed by thread id and name; empty where
     * {@code /proc/self/task} cannot be read
     */
    public static Map<String, Long> threads() {
        Map<String, Long> threads = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> read(task, threads));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            threads.clear();
        }
        return threads;
    }

    private static void read(Path task, Map<String, Long> threads) {
        try {
            String schedstat = Files.readString(task.resolve("schedstat"), StandardCharsets.US_ASCII);
            String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).trim();
            long nanos = Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
            threads.put(task.getFileName() + " " + name, nanos);
        } catch (IOException | RuntimeException e) {
            // the thread ended between the listing and the read: its time is gone from the sum
        }
    }

    /**
     * Formats the threads that ran between two snapshots, busiest first.
     *
     * @param before the first snapshot
     * @param after  the second snapshot
     * @return one line per thread: milliseconds of CPU, thread id and name
     */
    public static String delta(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder out = new StringBuilder();
        after.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
            .filter(e -> e.getValue() >= 100_000)
            .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
            .forEach(e -> out.append(String.format(Locale.ROOT, "  %8.1f ms  %s%n", e.getValue() / 1e6, e.getKey())));
        return out.toString();
    }
}
