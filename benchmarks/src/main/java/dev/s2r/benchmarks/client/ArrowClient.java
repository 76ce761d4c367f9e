/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideTable;
import dev.s2r.driver.api.SingleStoreResult;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * s2r through {@link SingleStoreResult#toArrow}: the full scan as Arrow batches of {@value #BATCH_ROWS} rows, every
 * value of every column read column by column into the same checksum as STREAM's (see {@link WideBatchHash}).
 */
final class ArrowClient implements BenchClient {

    /** Rows per Arrow batch. */
    static final int BATCH_ROWS = 4096;

    private final Connection connection;
    private final BufferAllocator allocator = new RootAllocator();
    private final Duration timeout;

    ArrowClient(ConnectionFactory factory, Duration timeout) {
        this.timeout = timeout;
        this.connection = Mono.<Connection>from(factory.create()).block(timeout);
    }

    @Override
    public Checksum stream() {
        Checksum checksum = new Checksum();
        WideBatchHash hash = new WideBatchHash();
        Flux.from(connection.createStatement(WideTable.SELECT_ALL).execute())
            .concatMap(result -> ((SingleStoreResult) result).toArrow(allocator, BATCH_ROWS))
            .doOnNext(root -> {
                try (root) {
                    hash.fold(root, checksum);
                }
            })
            .then()
            .block(timeout);
        return checksum;
    }

    @Override
    public void close() {
        try {
            Mono.from(connection.close()).block(Duration.ofSeconds(10));
        } finally {
            allocator.close();
        }
    }
}
