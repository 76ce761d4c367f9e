/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * DATA_API_REPLAY: s2r's full scan of {@code wide} over the Data API ({@code s2r-dataapi}: one HTTP request, its
 * JSON answer sent from memory by the server process's {@link dev.s2r.benchmarks.server.DataApiReplayServer})
 * against the same scan over the MySQL protocol ({@code s2r}, answered from memory by the
 * {@link dev.s2r.benchmarks.server.ReplayProxy}, as in {@link StreamReplayBench}). Both map every row to
 * {@code WideRow} as STREAM does, and both folds must equal the table's checksum: the two transports decode the same
 * values. The server is out of the loop, so the ratio is the client-side cost of the transport.
 */
public class DataApiReplayBench extends BenchBase {

    /** The participant: {@code s2r-dataapi} or {@code s2r}. */
    @Param({"s2r-dataapi", "s2r"})
    public String driver;

    /**
     * Opens the driver.
     *
     * @throws Exception when it cannot connect
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        open(Workload.DATA_API_REPLAY, driver);
    }

    /** @return rows read by one full pass */
    @Benchmark
    public long stream() {
        return recorder.measure(env.expected(), client::stream);
    }
}
