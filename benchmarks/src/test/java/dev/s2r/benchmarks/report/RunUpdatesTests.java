/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The facts of results gathered from a full run and later runs of some workloads. */
class RunUpdatesTests {

    @Test
    void aRunOfEveryWorkloadKeepsItsFactsAndNoUpdate() {
        Map<String, String> meta = RunUpdates.of(properties("date=2026-11-26T05:09Z", "mode=full", "rounds=5",
            "rows=1000000", "port=4000"));

        assertThat(meta).containsExactly(entry("date", "2026-11-26T05:09Z"), entry("mode", "full"),
            entry("rounds", "5"), entry("rows", "1000000"));
        assertThat(RunUpdates.describe(meta)).isEmpty();
    }

    @Test
    void aRunOfSomeWorkloadsKeepsThePreviousFactsAndNamesItsOwn() {
        Properties previous = properties("date=2026-11-26T05:09Z", "mode=full", "rounds=5", "rows=1000000");
        Properties run = properties("date=2026-12-06T18:30Z", "mode=full", "rounds=3", "rows=1000000");

        Map<String, String> meta = RunUpdates.merge(previous, List.of("ARROW", "ARROW_REPLAY"), run);

        assertThat(meta).containsEntry("date", "2026-11-26T05:09Z").containsEntry("rounds", "5")
            .containsEntry("update.ARROW,ARROW_REPLAY", "2026-12-06T18:30Z|full|3");
        assertThat(RunUpdates.describe(meta))
            .isEqualTo(" ARROW and ARROW_REPLAY: run of 2026-12-06T18:30Z (full mode), 3 rounds.");
    }

    @Test
    void theUdfFactsOfEarlierReportsBecomeAnUpdate() {
        Properties previous = properties("date=2026-11-26T05:09Z", "udfDate=2026-12-06T16:20Z", "udfMode=full",
            "udfRounds=3");
        Properties run = properties("date=2026-12-06T18:30Z", "mode=full", "rounds=3");

        Map<String, String> meta = RunUpdates.merge(previous, List.of("ARROW"), run);

        assertThat(meta).containsEntry("update.UDF_CODEC,UDF_HTTP,UDF_COLLOCATED", "2026-12-06T16:20Z|full|3")
            .doesNotContainKeys("udfDate", "udfMode", "udfRounds");
    }

    @Test
    void aLaterRunOfAWorkloadTakesItFromTheEarlierUpdate() {
        Properties previous = properties("date=2026-11-26T05:09Z",
            "update.UDF_CODEC,UDF_HTTP,UDF_COLLOCATED=2026-12-06T16:20Z|full|3");
        Properties run = properties("date=2026-12-07T09:00Z", "mode=quick", "rounds=1");

        Map<String, String> meta = RunUpdates.merge(previous, List.of("UDF_HTTP"), run);

        assertThat(meta).containsEntry("update.UDF_CODEC,UDF_COLLOCATED", "2026-12-06T16:20Z|full|3")
            .containsEntry("update.UDF_HTTP", "2026-12-07T09:00Z|quick|1")
            .doesNotContainKey("update.UDF_CODEC,UDF_HTTP,UDF_COLLOCATED");
    }

    @Test
    void anUpdateWhoseWorkloadsWereAllRunAgainIsDropped() {
        Properties previous = properties("date=2026-11-26T05:09Z", "update.ARROW=2026-12-06T18:30Z|full|3");
        Properties run = properties("date=2026-12-07T09:00Z", "mode=full", "rounds=5");

        Map<String, String> meta = RunUpdates.merge(previous, List.of("ARROW", "STREAM"), run);

        assertThat(meta.keySet()).filteredOn(key -> key.startsWith("update.")).containsExactly("update.ARROW,STREAM");
    }

    @Test
    void updatesAreDescribedOldestFirstWhateverTheirWorkloadsNames() {
        Properties previous = properties("date=2026-11-26T05:09Z", "update.UDF_HTTP=2026-12-06T16:20Z|full|3",
            "update.ARROW=2026-12-06T18:30Z|full|5");
        Properties run = properties("date=2026-12-07T09:00Z", "mode=quick", "rounds=1");

        Map<String, String> meta = RunUpdates.merge(previous, List.of("INSERT"), run);

        assertThat(RunUpdates.describe(meta)).isEqualTo(" UDF_HTTP: run of 2026-12-06T16:20Z (full mode), 3 rounds."
            + " ARROW: run of 2026-12-06T18:30Z (full mode), 5 rounds."
            + " INSERT: run of 2026-12-07T09:00Z (quick mode), 1 rounds.");
        assertThat(meta.keySet()).filteredOn(key -> key.startsWith("update."))
            .containsExactly("update.UDF_HTTP", "update.ARROW", "update.INSERT");
    }

    private static Properties properties(String... lines) {
        Properties properties = new Properties();
        for (String line : lines) {
            int equals = line.indexOf('=');
            properties.setProperty(line.substring(0, equals), line.substring(equals + 1));
        }
        return properties;
    }
}
