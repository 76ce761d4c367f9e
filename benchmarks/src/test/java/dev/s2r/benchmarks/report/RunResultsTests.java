/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The cross-participant checksum vote of a run's results. */
class RunResultsTests {

    @TempDir
    Path directory;

    @Test
    void udfParticipantsVoteByFunctionSoThatEachFunctionsFormatsMustAgree() throws IOException {
        RunResults results = read(
            line("UDF_HTTP", "rowdat_1-add", "100:aa"),
            line("UDF_HTTP", "json-add", "100:aa"),
            line("UDF_HTTP", "arrow-add", "100:ab"),
            line("UDF_HTTP", "rowdat_1-upper", "100:cc"),
            line("UDF_HTTP", "json-upper", "100:cc"));
        assertThat(results.get("UDF_HTTP", "rowdat_1-add").ok()).isTrue();
        assertThat(results.get("UDF_HTTP", "rowdat_1-upper").ok()).isTrue();
        assertThat(results.get("UDF_HTTP", "json-upper").ok()).isTrue();
        assertThat(results.get("UDF_HTTP", "arrow-add").ok()).isFalse();
        assertThat(results.get("UDF_HTTP", "arrow-add").firstError()).startsWith("checksum mismatch");
    }

    @Test
    void driversOfOtherWorkloadsStillVoteTogether() throws IOException {
        RunResults results = read(
            line("STREAM", "s2r", "100:aa"),
            line("STREAM", "mariadb-jdbc", "100:aa"),
            line("STREAM", "vertx-mysql", "100:ab"));
        assertThat(results.get("STREAM", "s2r").ok()).isTrue();
        assertThat(results.get("STREAM", "vertx-mysql").ok()).isFalse();
    }

    private RunResults read(String... lines) throws IOException {
        Path raw = directory.resolve("raw.tsv");
        Files.writeString(raw, String.join("", lines), StandardCharsets.UTF_8);
        return RunResults.read(raw);
    }

    private static String line(String workload, String driver, String checksum) {
        return String.join("\t", "1", workload, driver, "ok", "1000.0", "rows/s", "0.5", "", "", "3", checksum, "",
            "") + "\n";
    }
}
