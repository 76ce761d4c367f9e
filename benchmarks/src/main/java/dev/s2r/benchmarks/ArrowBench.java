/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * ARROW: the STREAM scan of {@code wide} with s2r, as Arrow batches of 4096 rows read column by column
 * ({@code s2r-arrow}), versus row-by-row mapping to {@code WideRow} ({@code s2r-rows}, what STREAM measures) and
 * versus Apache Arrow's JDBC adapter over mariadb-java-client, batches of the same size read the same way
 * ({@code arrow-jdbc}); all fold every value into the same checksum, which must equal the table's. All run with the
 * JVM flag Arrow needs.
 */
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx2g", "-XX:+UseG1GC", "-Dio.netty.leakDetection.level=disabled",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Darrow.enable_unsafe_memory_access=true"})
public class ArrowBench extends BenchBase {

    /** The participant: {@code s2r-arrow}, {@code s2r-rows} or {@code arrow-jdbc}. */
    @Param({"s2r-arrow", "s2r-rows", "arrow-jdbc"})
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
        return Workload.ARROW;
    }

    /** @return rows read by one full pass */
    @Benchmark
    public long stream() {
        return recorder.measure(env.expected(), client::stream);
    }
}
