/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * STREAM: {@code SELECT * FROM wide}, every column of every row decoded and folded into a checksum that must
 * equal the table's; rows/s and client CPU per row.
 */
public class StreamBench extends BenchBase {

    /** The driver under test. */
    @Param({"s2r", "r2dbc-mysql", "r2dbc-mariadb", "vertx-mysql", "mariadb-jdbc"})
    public String driver;

    /**
     * Opens the driver.
     *
     * @throws Exception when it cannot connect
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        open(workload(), driver);
    }

    /** @return the workload, which a subclass may replay */
    protected Workload workload() {
        return Workload.STREAM;
    }

    /** @return rows read by one full pass */
    @Benchmark
    public long stream() {
        return recorder.measure(env.expected(), client::stream);
    }
}
