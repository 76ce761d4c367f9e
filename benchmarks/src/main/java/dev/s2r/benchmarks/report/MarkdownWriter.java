/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the markdown of a run: a summary table (one row per driver, the floor and the drivers that were not
 * run included), one detail table per workload, and the failures.
 */
public final class MarkdownWriter {

    private static final String[][] SUMMARY = {
        {"STREAM", "STREAM rows/s", "µs/row"},
        {"POINT_C1", "POINT c1 ops/s", "µs/op"},
        {"POINT_C32", "POINT c32 ops/s", "µs/op"},
        {"INSERT", "INSERT rows/s", "µs/row"},
    };

    private MarkdownWriter() {
    }

    /**
     * Renders the markdown.
     *
     * @param results  the run's results
     * @param title    a one-line description of the run
     * @param skipped  drivers not run → why
     * @param chart    relative path of the chart image, or {@code null}
     * @return the markdown
     */
    public static String write(RunResults results, String title, Map<String, String> skipped, String chart) {
        StringBuilder md = new StringBuilder();
        List<String> failures = new ArrayList<>();
        md.append(title).append("\n\n");
        md.append("| driver |");
        for (String[] column : SUMMARY) {
            md.append(' ').append(column[1]).append(" | ").append(column[2]).append(" |");
        }
        md.append(" STREAM_SLOW heap growth MB |\n|---|");
        md.append("---:|".repeat(SUMMARY.length * 2 + 1)).append('\n');
        for (String driver : RunResults.DRIVERS) {
            if (skipped.containsKey(driver)) {
                md.append("| ").append(driver).append(" | not run: ").append(skipped.get(driver))
                    .append(" |").append(" |".repeat(SUMMARY.length * 2)).append('\n');
                continue;
            }
            boolean any = results.workloads().values().stream().anyMatch(m -> m.containsKey(driver));
            if (!any) {
                continue;
            }
            md.append("| ").append(driver).append(" |");
            for (String[] column : SUMMARY) {
                Stats s = results.get(column[0], driver);
                md.append(' ').append(rateCell(s, column[0], driver, failures)).append(" | ")
                    .append(s != null && s.ok() ? Fmt.cpu(s.cpuPerUnit()) : "").append(" |");
            }
            Stats slow = results.get("STREAM_SLOW", driver);
            md.append(' ').append(slow == null ? "–" : slow.ok() ? Fmt.mb(slow.heapGrowthMedian())
                : rateCell(slow, "STREAM_SLOW", driver, failures)).append(" |\n");
        }
        Stats floor = results.get("FLOOR", "raw-socket");
        if (floor != null) {
            md.append("| *floor: raw socket, headers only* | ").append(rateCell(floor, "FLOOR", "raw-socket", failures))
                .append(" | ").append(floor.ok() ? Fmt.cpu(floor.cpuPerUnit()) : "").append(" |")
                .append(" |".repeat(SUMMARY.length * 2 - 1)).append('\n');
        }
        md.append("\nMedians over rounds; µs/row and µs/op are the client JVM's CPU time (every thread's scheduler run "
            + "time, JIT and GC included; the median of the measured passes) per row or lookup. Heap growth: largest heap after GC during the measured passes minus "
            + "the heap after a full GC before them (direct memory, where Netty drivers keep received bytes, is in the "
            + "STREAM_SLOW table below).\n");
        if (chart != null) {
            md.append("\n![benchmark chart](").append(chart).append(")\n");
        }
        for (Map.Entry<String, Map<String, Stats>> workload : results.workloads().entrySet()) {
            if (!workload.getValue().isEmpty()) {
                details(md, workload.getKey(), workload.getValue(), results.best(workload.getKey()));
            }
        }
        if (!failures.isEmpty()) {
            md.append("\n### Failures\n\n");
            failures.forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }

    private static String rateCell(Stats s, String workload, String driver, List<String> failures) {
        if (s == null) {
            return "–";
        }
        if (s.failedRounds() > 0) {
            failures.add("**" + workload + " / " + driver + "** failed " + s.failedRounds() + " of "
                + (s.failedRounds() + s.n()) + " rounds: `" + s.firstError().replace('`', '\'') + "`");
        }
        return s.ok() ? Fmt.rate(s.median()) : "FAILED";
    }

    private static void details(StringBuilder md, String workload, Map<String, Stats> drivers, double best) {
        boolean slow = workload.equals("STREAM_SLOW");
        boolean udf = workload.startsWith("UDF_");
        md.append("\n### ").append(workload).append(udf
            ? "\n\n| participant | median | min – max | n | vs best | CPU µs/unit (the whole JVM) |"
            : "\n\n| driver | median | min – max | n | vs best | client CPU µs/unit |");
        md.append(slow ? " heap growth MB (median / max) | direct memory growth MB |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
            : "\n|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Stats> e : drivers.entrySet()) {
            Stats s = e.getValue();
            md.append("| ").append(e.getKey()).append(" | ");
            if (!s.ok()) {
                md.append("FAILED | | 0/").append(s.failedRounds()).append(" | | |").append(slow ? " | |\n" : "\n");
                continue;
            }
            md.append(Fmt.rate(s.median())).append(' ').append(s.unit).append(" | ")
                .append(Fmt.rate(s.min())).append(" – ").append(Fmt.rate(s.max())).append(" | ")
                .append(s.n()).append(s.failedRounds() > 0 ? " (" + s.failedRounds() + " failed)" : "").append(" | ")
                .append(workload.equals("FLOOR") ? "(floor)" : Fmt.ratio(s.median() / best)).append(" | ")
                .append(Fmt.cpu(s.cpuPerUnit())).append(" |");
            if (slow) {
                md.append(' ').append(Fmt.mb(s.heapGrowthMedian())).append(" / ").append(Fmt.mb(s.heapGrowthMax()))
                    .append(" | ").append(Fmt.mb(s.directGrowthMedian())).append(" |");
            }
            md.append('\n');
        }
    }
}
