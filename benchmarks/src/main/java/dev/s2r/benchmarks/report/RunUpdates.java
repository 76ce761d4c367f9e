/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The facts of results that come from more than one run. A run of some workloads ({@code run.sh --only}) keeps the
 * previous run's results of the others: the report's facts are then the previous run's (its date, mode, rounds,
 * server, machine), and one {@code update.<WORKLOAD,...>} entry per later run names the workloads it measured with
 * its date, mode and rounds ({@code date|mode|rounds}). A later run of a workload supersedes an earlier entry's claim
 * to it.
 */
final class RunUpdates {

    /** The prefix of an update entry's key. */
    static final String PREFIX = "update.";

    /** The facts of a run kept in {@code latest.json}'s meta, in order. */
    static final List<String> FACTS = List.of("date", "mode", "rounds", "server", "serverVersion", "serverKind",
        "rows", "pointOps", "insertRows", "batchSize", "slowBusyNanos", "machineCpu", "machineCores", "machineMemory",
        "machineOs", "java");

    /**
     * The workloads of a UDF-only run, which earlier reports recorded as {@code udfDate}, {@code udfMode} and
     * {@code udfRounds}.
     */
    private static final String LEGACY_UDF = "UDF_CODEC,UDF_HTTP,UDF_COLLOCATED";

    private RunUpdates() {
    }

    /**
     * @param run the facts of a run that measured every workload it was asked for
     * @return its meta: the facts, and any update entries it carries
     */
    static Map<String, String> of(Properties run) {
        Map<String, String> meta = facts(run);
        updates(run).forEach(meta::put);
        return meta;
    }

    /**
     * @param previous the meta of the results this run adds to
     * @param only     the workloads this run measured
     * @param run      this run's facts
     * @return the previous facts, its updates without the workloads this run measured, and this run's update
     */
    static Map<String, String> merge(Properties previous, List<String> only, Properties run) {
        Map<String, String> meta = facts(previous);
        for (Map.Entry<String, String> update : updates(previous).entrySet().stream()
            .sorted(Map.Entry.comparingByValue()).toList()) {
            List<String> left = new ArrayList<>(workloads(update.getKey()));
            left.removeAll(only);
            if (!left.isEmpty()) {
                meta.put(PREFIX + String.join(",", left), update.getValue());
            }
        }
        meta.put(PREFIX + String.join(",", only), String.join("|", run.getProperty("date", "?"),
            run.getProperty("mode", "?"), run.getProperty("rounds", "?")));
        return meta;
    }

    /**
     * @param meta a run's meta
     * @return the sentences that name each update's workloads and run, oldest run first (a value starts with its
     *     ISO date), each starting with a space; empty without updates
     */
    static String describe(Map<String, String> meta) {
        StringBuilder text = new StringBuilder();
        meta.entrySet().stream().filter(e -> e.getKey().startsWith(PREFIX))
            .sorted(Map.Entry.comparingByValue()).forEach(e -> {
                String key = e.getKey();
                String value = e.getValue();
                String[] run = value.split("\\|", -1);
                text.append(' ').append(names(workloads(key))).append(": run of ").append(run[0]).append(" (")
                    .append(run.length > 1 ? run[1] : "?").append(" mode), ").append(run.length > 2 ? run[2] : "?")
                    .append(" rounds.");
            });
        return text.toString();
    }

    private static Map<String, String> facts(Properties run) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String key : FACTS) {
            if (run.getProperty(key) != null) {
                meta.put(key, run.getProperty(key));
            }
        }
        return meta;
    }

    private static Map<String, String> updates(Properties run) {
        Map<String, String> updates = new TreeMap<>();
        for (String key : run.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                updates.put(key, run.getProperty(key));
            }
        }
        if (run.getProperty("udfDate") != null) {
            updates.putIfAbsent(PREFIX + LEGACY_UDF, String.join("|", run.getProperty("udfDate"),
                run.getProperty("udfMode", "?"), run.getProperty("udfRounds", "?")));
        }
        return updates;
    }

    private static List<String> workloads(String key) {
        return Arrays.asList(key.substring(PREFIX.length()).split(","));
    }

    private static String names(List<String> workloads) {
        if (workloads.size() == 1) {
            return workloads.get(0);
        }
        return String.join(", ", workloads.subList(0, workloads.size() - 1)) + " and "
            + workloads.get(workloads.size() - 1);
    }
}
