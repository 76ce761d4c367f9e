/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideRow;

import java.util.List;

/**
 * One driver opened for one workload: its connections are made before the measured part and closed after it.
 * Every method decodes every column of every row it reads into a {@link WideRow} and folds it into a
 * {@link Checksum}.
 */
public interface BenchClient extends AutoCloseable {

    /**
     * Reads the whole of {@code SELECT * FROM wide} as fast as the driver goes.
     *
     * @return the fold of the rows read
     * @throws Exception on any failure
     */
    Checksum stream() throws Exception;

    /**
     * Reads the whole table with demand of 256 rows at a time into a consumer slower than the driver.
     *
     * @param consumer the slow consumer
     * @return the fold of the rows read
     * @throws Exception on any failure
     */
    default Checksum streamSlow(SlowConsumer consumer) throws Exception {
        throw new UnsupportedOperationException("STREAM_SLOW is not implemented for this client");
    }

    /**
     * Looks up every id by primary key.
     *
     * @param ids         the ids, in order
     * @param concurrency lookups in flight at once
     * @return the fold of the rows read
     * @throws Exception on any failure
     */
    default Checksum point(long[] ids, int concurrency) throws Exception {
        throw new UnsupportedOperationException("POINT is not implemented for this client");
    }

    /**
     * Inserts the rows into {@code ins} with the driver's batch API, one transaction per batch.
     *
     * @param rows      the rows
     * @param batchSize rows per batch
     * @throws Exception on any failure
     */
    default void insert(List<WideRow> rows, int batchSize) throws Exception {
        throw new UnsupportedOperationException("INSERT is not implemented for this client");
    }

    @Override
    void close() throws Exception;
}
