/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * FLOOR: the raw-socket reader of {@code SELECT * FROM wide} (packet headers only), i.e. how fast the server
 * sends the result to one connection on this machine.
 */
public class FloorBench extends BenchBase {

    /** The floor client. */
    @Param({"raw-socket"})
    public String driver;

    /**
     * Connects.
     *
     * @throws Exception when it cannot connect
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        open(Workload.FLOOR, driver);
    }

    /** @return rows read by one full pass */
    @Benchmark
    public long floor() {
        return recorder.measure(env.rows() + ":0", client::stream);
    }
}
