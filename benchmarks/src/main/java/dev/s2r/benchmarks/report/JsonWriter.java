/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.report;

import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code results/latest.json}: {@code {"meta": {...}, "workloads": {WORKLOAD: {driver: {...}}}}} where a
 * driver has {@code median, min, max, n, unit, cpu_us_per_unit} (STREAM_SLOW also {@code heap_growth_mb},
 * {@code heap_growth_mb_max} and {@code direct_growth_mb}, the off-heap buffers), or {@code {"error": "…"}} when no round succeeded.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /**
     * Renders the JSON document.
     *
     * @param results the run's results
     * @param meta    string facts about the run (server, machine, mode, skipped drivers)
     * @return the document
     */
    public static String write(RunResults results, Map<String, String> meta) {
        StringBuilder json = new StringBuilder("{\n  \"meta\": {");
        String sep = "\n";
        for (Map.Entry<String, String> e : meta.entrySet()) {
            json.append(sep).append("    ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
            sep = ",\n";
        }
        json.append("\n  },\n  \"workloads\": {");
        String wsep = "\n";
        for (Map.Entry<String, Map<String, Stats>> workload : results.workloads().entrySet()) {
            json.append(wsep).append("    ").append(quote(workload.getKey())).append(": {");
            wsep = ",\n";
            String dsep = "\n";
            for (Map.Entry<String, Stats> driver : workload.getValue().entrySet()) {
                json.append(dsep).append("      ").append(quote(driver.getKey())).append(": ")
                    .append(entry(workload.getKey(), driver.getValue()));
                dsep = ",\n";
            }
            json.append(dsep.equals("\n") ? "}" : "\n    }");
        }
        return json.append("\n  }\n}\n").toString();
    }

    private static String entry(String workload, Stats s) {
        if (!s.ok()) {
            return "{\"error\": " + quote(s.firstError() == null ? "no result" : s.firstError()) + ", \"n\": 0, \"failed_rounds\": "
                + s.failedRounds() + "}";
        }
        StringBuilder e = new StringBuilder("{");
        if (workload.equals("STREAM_SLOW")) {
            e.append("\"heap_growth_mb\": ").append(num(s.heapGrowthMedian()))
                .append(", \"heap_growth_mb_max\": ").append(num(s.heapGrowthMax()))
                .append(", \"direct_growth_mb\": ").append(num(s.directGrowthMedian())).append(", ");
        }
        e.append("\"median\": ").append(num(s.median()))
            .append(", \"min\": ").append(num(s.min()))
            .append(", \"max\": ").append(num(s.max()))
            .append(", \"n\": ").append(s.n())
            .append(", \"unit\": ").append(quote(s.unit))
            .append(", \"cpu_us_per_unit\": ").append(num(s.cpuPerUnit()));
        if (s.failedRounds() > 0) {
            e.append(", \"failed_rounds\": ").append(s.failedRounds()).append(", \"last_error\": ")
                .append(quote(s.errors.get(s.errors.size() - 1)));
        }
        return e.append('}').toString();
    }

    private static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
