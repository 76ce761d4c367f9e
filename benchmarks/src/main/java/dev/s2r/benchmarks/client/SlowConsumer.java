/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideRow;
import dev.s2r.benchmarks.harness.HeapWatcher;

/**
 * The consumer of STREAM_SLOW: folds each row and then spins for a fixed time, so that it is several times
 * slower than any driver; at a quarter, half and three quarters of the rows it forces a GC so the live heap
 * (whatever the driver buffered ahead of demand) is observed mid-stream.
 */
public final class SlowConsumer {

    private final Checksum checksum = new Checksum();
    private final long busyNanos;
    private final long rows;
    private final HeapWatcher heap;
    private long seen;

    /**
     * Creates the consumer of one pass.
     *
     * @param busyNanos spin time per row
     * @param rows      rows the pass will read
     * @param heap      the watcher to probe, or {@code null}
     */
    public SlowConsumer(long busyNanos, long rows, HeapWatcher heap) {
        this.busyNanos = busyNanos;
        this.rows = rows;
        this.heap = heap;
    }

    /**
     * Consumes one row; called by one thread at a time.
     *
     * @param row the row
     */
    public void accept(WideRow row) {
        checksum.add(row);
        seen++;
        if (heap != null && rows >= 4 && seen % (rows / 4) == 0 && seen < rows) {
            heap.probe();
        }
        long end = System.nanoTime() + busyNanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    /** @return the fold of the rows consumed */
    public Checksum checksum() {
        return checksum;
    }
}
