/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;
import dev.s2r.benchmarks.data.Checksum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DATA_API_POINT: POINT at concurrency 1 for s2r over the Data API ({@code s2r-dataapi}: one HTTP request per
 * lookup on a kept-alive connection, each answered from memory by the server process's
 * {@link dev.s2r.benchmarks.server.DataApiReplayServer} with the row's one-row JSON answer) against s2r over the
 * MySQL protocol ({@code s2r}: the server's own lookup, as in {@link PointBench}). The same ids, the same row mapping
 * and the same checksum for both; the client CPU per lookup is the client-side cost of each transport.
 */
@Warmup(iterations = 1)
@Measurement(iterations = 1)
public class DataApiPointBench extends BenchBase {

    /** The participant: {@code s2r-dataapi} or {@code s2r}. */
    @Param({"s2r-dataapi", "s2r"})
    public String driver;

    private long[] warmIds;
    private long[] measuredIds;
    private String warmExpected;
    private String measuredExpected;

    /**
     * Opens the driver and draws the ids, as {@link PointBench} does.
     *
     * @throws Exception when it cannot connect
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        open(Workload.DATA_API_POINT, driver);
        warmIds = PointBench.ids(7, env.pointWarmupOps(), env.rows());
        measuredIds = PointBench.ids(42, env.pointOps(), env.rows());
        warmExpected = Checksum.ofIds(warmIds).toString();
        measuredExpected = Checksum.ofIds(measuredIds).toString();
    }

    /** @return lookups done */
    @Benchmark
    public long point() {
        boolean measured = recorder.measuring();
        long[] ids = measured ? measuredIds : warmIds;
        return recorder.measure(measured ? measuredExpected : warmExpected, () -> client.point(ids, 1));
    }
}
