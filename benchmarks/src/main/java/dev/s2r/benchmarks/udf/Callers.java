/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.udf;

import dev.s2r.benchmarks.data.Checksum;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The engine's concurrent callers: one platform thread and one connection each, every caller sending its share of
 * a pass's batches one after another (a batch is answered before the next is sent, as each engine connection
 * does).
 */
public final class Callers implements AutoCloseable {

    /** One connection's call of the {@code k}-th batch. */
    @FunctionalInterface
    public interface Call {
        /**
         * @param k the batch number
         * @throws Exception when the call fails or its answer is wrong
         */
        void call(int k) throws Exception;
    }

    private final UdfCase udf;
    private final List<Call> connections;
    private final ExecutorService threads;

    /**
     * @param udf         the participant
     * @param connections one call per connection
     */
    public Callers(UdfCase udf, List<Call> connections) {
        this.udf = udf;
        this.connections = List.copyOf(connections);
        this.threads = Executors.newFixedThreadPool(connections.size(), runnable -> {
            Thread thread = new Thread(runnable, "udf-caller");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs a pass: caller {@code c} sends batches {@code c, c + n, c + 2n, ...} below {@code batches}.
     *
     * @param batches the pass's batches
     * @return the fold of the outputs, each checked against its expected bytes by the caller
     * @throws Exception the first failure
     */
    public Checksum pass(int batches) throws Exception {
        int n = connections.size();
        List<Future<Checksum>> done = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Call call = connections.get(c);
            int first = c;
            done.add(threads.submit(() -> {
                Checksum sum = new Checksum();
                for (int k = first; k < batches; k += n) {
                    call.call(k);
                    sum.addRows(UdfCase.ROWS, udf.outputHash(k));
                }
                return sum;
            }));
        }
        Checksum total = new Checksum();
        for (Future<Checksum> future : done) {
            total.merge(future.get());
        }
        return total;
    }

    @Override
    public void close() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
