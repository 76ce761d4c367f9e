/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result lines of a run (see {@link dev.s2r.benchmarks.harness.Recorder}) grouped by workload and driver,
 * with the cross-driver checksum check applied: in a workload every driver must have read the same rows.
 */
public final class RunResults {

    /** Workloads in report order. */
    public static final List<String> WORKLOADS = List.of("STREAM", "POINT_C1", "POINT_C32", "INSERT", "STREAM_SLOW", "FLOOR",
        "ARROW", "STREAM_REPLAY", "ARROW_REPLAY", "DATA_API_REPLAY", "DATA_API_POINT", "UDF_CODEC", "UDF_HTTP",
        "UDF_COLLOCATED");
    /** The participants of the ARROW workloads, s2r's two ways of reading a result; not in the summary table. */
    public static final List<String> ARROW_PARTICIPANTS = List.of("s2r-arrow", "s2r-rows", "arrow-jdbc");
    /**
     * The participant of DATA_API_REPLAY and DATA_API_POINT besides {@code s2r}: s2r over the Data API; not in the
     * summary table.
     */
    public static final List<String> DATA_API_PARTICIPANTS = List.of("s2r-dataapi");
    /** Drivers in report order. */
    public static final List<String> DRIVERS = List.of("s2r", "r2dbc-mysql", "r2dbc-mariadb", "vertx-mysql",
        "mariadb-jdbc", "singlestore-jdbc");

    private final Map<String, Map<String, Stats>> byWorkload = new LinkedHashMap<>();

    /**
     * Reads a run's TSV file.
     *
     * @param raw the file
     * @return the grouped results
     * @throws IOException when it cannot be read
     */
    public static RunResults read(Path raw) throws IOException {
        RunResults results = new RunResults();
        for (String workload : WORKLOADS) {
            results.byWorkload.put(workload, new LinkedHashMap<>());
        }
        if (Files.exists(raw)) {
            for (String line : Files.readAllLines(raw, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    results.add(line.split("\t", -1));
                }
            }
        }
        results.checkChecksums();
        results.sortDrivers();
        return results;
    }

    private void add(String[] f) {
        if (f.length < 12) {
            return;
        }
        Stats stats = byWorkload.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).computeIfAbsent(f[2], k -> new Stats());
        if (!f[5].isEmpty()) {
            stats.unit = f[5];
        }
        if (f[3].equals("ok")) {
            stats.values.add(Double.parseDouble(f[4]));
            stats.cpu.add(Double.parseDouble(f[6]));
            if (!f[7].isEmpty()) {
                stats.heapGrowth.add(Double.parseDouble(f[7]));
            }
            stats.checksums.add(f[10]);
            if (f.length > 12 && !f[12].isEmpty()) {
                stats.directGrowth.add(Double.parseDouble(f[12]));
            }
        } else {
            stats.errors.add("round " + f[0] + ": " + f[11]);
        }
    }

    /**
     * A driver whose rows differ from the others' is not a result: its rounds become errors. In the UDF workloads
     * the participants {@code <format>-<function>} vote by function: every format must answer the same values.
     */
    private void checkChecksums() {
        for (Map.Entry<String, Map<String, Stats>> workload : byWorkload.entrySet()) {
            if (workload.getKey().equals("FLOOR")) {
                continue;
            }
            Map<String, List<Stats>> groups = new LinkedHashMap<>();
            workload.getValue().forEach((driver, s) -> groups.computeIfAbsent(workload.getKey().startsWith("UDF_")
                ? driver.substring(driver.lastIndexOf('-') + 1) : "", k -> new ArrayList<>()).add(s));
            groups.values().forEach(RunResults::vote);
        }
    }

    private static void vote(List<Stats> group) {
        Map<String, Integer> votes = new HashMap<>();
        group.forEach(s -> s.checksums.forEach(c -> votes.merge(c, 1, Integer::sum)));
        String majority = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
            .orElse(null);
        for (Stats s : group) {
            if (s.checksums.stream().anyMatch(c -> !c.equals(majority))) {
                s.errors.add(0, "checksum mismatch: " + s.checksums + " vs " + majority + " of the other drivers");
                s.values.clear();
                s.cpu.clear();
                s.heapGrowth.clear();
                s.directGrowth.clear();
            }
        }
    }

    private void sortDrivers() {
        for (Map.Entry<String, Map<String, Stats>> e : byWorkload.entrySet()) {
            Map<String, Stats> sorted = new LinkedHashMap<>();
            DRIVERS.stream().filter(e.getValue()::containsKey).forEach(d -> sorted.put(d, e.getValue().get(d)));
            ARROW_PARTICIPANTS.stream().filter(e.getValue()::containsKey).forEach(d -> sorted.put(d, e.getValue().get(d)));
            DATA_API_PARTICIPANTS.stream().filter(e.getValue()::containsKey).forEach(d -> sorted.put(d, e.getValue().get(d)));
            e.getValue().forEach(sorted::putIfAbsent);
            e.setValue(sorted);
        }
    }

    /** @return workload → driver → stats, in report order */
    public Map<String, Map<String, Stats>> workloads() {
        return byWorkload;
    }

    /**
     * The stats of one driver in one workload.
     *
     * @param workload the workload
     * @param driver   the driver
     * @return the stats, or {@code null} when it did not run
     */
    public Stats get(String workload, String driver) {
        return byWorkload.getOrDefault(workload, Map.of()).get(driver);
    }

    /**
     * The best median of a workload.
     *
     * @param workload the workload
     * @return the highest median rate among drivers (not the floor), NaN if none
     */
    public double best(String workload) {
        return byWorkload.getOrDefault(workload, Map.of()).values().stream().filter(Stats::ok)
            .mapToDouble(Stats::median).max().orElse(Double.NaN);
    }
}
