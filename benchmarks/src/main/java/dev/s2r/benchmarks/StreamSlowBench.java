/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.SlowConsumer;
import dev.s2r.benchmarks.client.Workload;
import dev.s2r.benchmarks.harness.HeapWatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * STREAM_SLOW: the full scan with demand 256 rows at a time ({@code limitRate(256)}, then a hand-off to a
 * consumer thread that spins a few µs per row; JDBC: fetch size 256 in the reading thread; Vert.x: cursor stream
 * of 256). Reports the peak heap growth: the largest heap occupancy after any GC during the measured passes
 * (GCs are also forced at a quarter, half and three quarters of each pass) minus the occupancy after a full GC
 * before them.
 */
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class StreamSlowBench extends BenchBase {

    /** The driver under test. */
    @Param({"s2r", "r2dbc-mysql", "r2dbc-mariadb", "vertx-mysql", "mariadb-jdbc"})
    public String driver;

    private HeapWatcher heap;

    /**
     * Opens the driver and starts watching the heap.
     *
     * @throws Exception when it cannot connect
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        open(Workload.STREAM_SLOW, driver);
        heap = new HeapWatcher();
        recorder.heap(heap);
    }

    /** Arms the heap watcher before a measured pass (after a full GC). */
    @Setup(Level.Iteration)
    public void armHeap() {
        if (recorder.measuring()) {
            heap.arm();
        } else {
            heap.disarm();
        }
    }

    /** Stops watching between passes. */
    @TearDown(Level.Iteration)
    public void disarmHeap() {
        heap.disarm();
    }

    /** @return rows read by one full pass */
    @Benchmark
    public long streamSlow() {
        return recorder.measure(env.expected(), () -> client.streamSlow(
            new SlowConsumer(env.slowBusyNanos(), env.rows(), recorder.measuring() ? heap : null)));
    }
}
