/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;
import dev.s2r.benchmarks.udf.Callers;
import dev.s2r.benchmarks.udf.UdfCase;
import dev.s2r.benchmarks.udf.UdfFunctions;
import dev.s2r.udf.UdfServer;
import dev.s2r.udf.api.UdfConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the UDF end-to-end benchmarks share: a {@link UdfServer} serving {@link UdfFunctions} in this JVM, and
 * {@link #CALLERS} engine connections to it over real sockets, each on its own thread, sending 512-row batches one
 * after another. A pass is {@link #BATCHES_PER_PASS} batches; every answer is compared byte for byte with the
 * expected one. The CPU time per row is this JVM's: the server's and the callers' together.
 */
@Warmup(iterations = 10)
@Measurement(iterations = 5)
public abstract class UdfServerBench extends BenchBase {

    /** Concurrent engine connections. */
    public static final int CALLERS = 4;
    /** Batches per pass: 2,048,000 rows. */
    public static final int BATCHES_PER_PASS = 4_000;

    private UdfServer server;
    private Callers callers;
    private final List<AutoCloseable> connections = new ArrayList<>();
    private String expected;

    /**
     * Starts the server and connects the callers; a failure is recorded before it is thrown.
     *
     * @param workload    the workload
     * @param participant {@code <format>-<function>}
     * @param config      the server's options
     * @throws Exception when the server does not start or a caller cannot connect
     */
    protected void start(Workload workload, String participant, UdfConfig config) throws Exception {
        record(workload, participant);
        try {
            UdfCase udf = UdfCase.of(participant);
            server = UdfServer.builder().config(config).function(UdfFunctions.class).build().start()
                .block(Duration.ofSeconds(30));
            List<Callers.Call> calls = new ArrayList<>();
            for (int c = 0; c < CALLERS; c++) {
                calls.add(connect(udf, server));
            }
            callers = new Callers(udf, calls);
            expected = udf.expected(BATCHES_PER_PASS).toString();
        } catch (Throwable t) {
            recorder.fail(t);
            throw t;
        }
    }

    /**
     * Opens one engine connection.
     *
     * @param udf    the participant
     * @param server the started server
     * @return its call
     * @throws Exception when it cannot connect
     */
    protected abstract Callers.Call connect(UdfCase udf, UdfServer server) throws Exception;

    /**
     * Keeps a connection to close at the end.
     *
     * @param connection the connection
     * @param <T>        its type
     * @return the connection
     */
    protected <T extends AutoCloseable> T closeLater(T connection) {
        connections.add(connection);
        return connection;
    }

    /** @return rows answered in one pass */
    @Benchmark
    public long pass() {
        return recorder.measure(expected, () -> callers.pass(BATCHES_PER_PASS));
    }

    /**
     * Closes the callers and stops the server.
     *
     * @throws Exception when closing fails
     */
    @TearDown(Level.Trial)
    public void stop() throws Exception {
        for (AutoCloseable connection : connections) {
            connection.close();
        }
        if (callers != null) {
            callers.close();
        }
        if (server != null) {
            server.shutdown(Duration.ofSeconds(5)).block(Duration.ofSeconds(30));
        }
    }
}
