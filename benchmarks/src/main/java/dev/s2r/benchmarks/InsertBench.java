/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;
import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideRow;
import dev.s2r.benchmarks.harness.Admin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;

/**
 * INSERT: rows into a fresh {@code ins} ({@code CREATE TABLE ins LIKE wide}) with each driver's batch API,
 * batches of 1,000 rows, one transaction per batch; a warm-up iteration into a table that is then recreated,
 * then one measured iteration. The row count is verified after each iteration, outside the timing.
 */
@Warmup(iterations = 1)
@Measurement(iterations = 1)
public class InsertBench extends BenchBase {

    /** The driver under test. */
    @Param({"s2r", "r2dbc-mysql", "r2dbc-mariadb", "vertx-mysql", "mariadb-jdbc"})
    public String driver;

    private Admin admin;
    private List<WideRow> rows;

    /**
     * Opens the driver and the fixture connection.
     *
     * @throws Exception when either cannot connect
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        open(Workload.INSERT, driver);
        admin = new Admin(env);
    }

    /**
     * Recreates {@code ins}, generates the rows of the coming iteration and moves them out of the young generation.
     *
     * @throws Exception on failure
     */
    @Setup(Level.Iteration)
    public void freshTable() throws Exception {
        admin.execute("DROP TABLE IF EXISTS ins", "CREATE TABLE ins LIKE wide");
        int count = recorder.measuring() ? env.insertRows() : env.insertWarmupRows();
        rows = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            rows.add(WideRow.generate(id));
        }
        // The fresh rows are still in the young generation: without a full collection here, the measured iteration's
        // first young collections would copy them (tens of MB) and charge that to whichever driver triggers them.
        System.gc();
    }

    /**
     * Verifies the row count of the iteration.
     *
     * @throws Exception on failure or a wrong count
     */
    @TearDown(Level.Iteration)
    public void verify() throws Exception {
        long count = admin.count("ins");
        if (count != rows.size()) {
            IllegalStateException wrong = new IllegalStateException("ins holds " + count + " rows, expected " + rows.size());
            recorder.fail(wrong);
            throw wrong;
        }
    }

    /**
     * Closes the fixture connection and drops {@code ins}.
     *
     * @throws Exception on failure
     */
    @TearDown(Level.Trial)
    public void dropTable() throws Exception {
        if (admin != null) {
            admin.execute("DROP TABLE IF EXISTS ins");
            admin.close();
        }
    }

    /** @return rows inserted */
    @Benchmark
    public long insert() {
        return recorder.measure(null, () -> {
            client.insert(rows, env.batchSize());
            return Checksum.counted(rows.size());
        });
    }
}
