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

import java.util.SplittableRandom;

/**
 * POINT: primary-key lookups {@code SELECT * FROM wide WHERE id = ?} with uniformly random ids from a fixed
 * seed (the same for every driver), each decoded in full; a warm-up iteration of other ids, then one measured
 * iteration. Concurrency 1: one connection, one lookup at a time. Concurrency 32: reactive drivers run 32
 * sequential chains over 4 shared connections (flatMap); JDBC runs 32 threads with a connection each.
 */
@Warmup(iterations = 1)
@Measurement(iterations = 1)
public class PointBench extends BenchBase {

    /** The driver under test. */
    @Param({"s2r", "r2dbc-mysql", "r2dbc-mariadb", "vertx-mysql", "mariadb-jdbc"})
    public String driver;

    /** Lookups in flight at once. */
    @Param({"1", "32"})
    public int concurrency;

    private long[] warmIds;
    private long[] measuredIds;
    private String warmExpected;
    private String measuredExpected;

    /**
     * Opens the driver and draws the ids.
     *
     * @throws Exception when it cannot connect
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        open(concurrency == 1 ? Workload.POINT_C1 : Workload.POINT_C32, driver);
        warmIds = ids(7, env.pointWarmupOps(), env.rows());
        measuredIds = ids(42, env.pointOps(), env.rows());
        warmExpected = Checksum.ofIds(warmIds).toString();
        measuredExpected = Checksum.ofIds(measuredIds).toString();
    }

    /** @return {@code count} ids of {@code 1..rows}, uniformly random from {@code seed} */
    static long[] ids(long seed, int count, int rows) {
        return new SplittableRandom(seed).longs(count, 1, rows + 1L).toArray();
    }

    /** @return lookups done */
    @Benchmark
    public long point() {
        boolean measured = recorder.measuring();
        long[] ids = measured ? measuredIds : warmIds;
        return recorder.measure(measured ? measuredExpected : warmExpected, () -> client.point(ids, concurrency));
    }
}
