/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.BenchClient;
import dev.s2r.benchmarks.client.Clients;
import dev.s2r.benchmarks.client.Workload;
import dev.s2r.benchmarks.harness.BenchEnv;
import dev.s2r.benchmarks.harness.Recorder;
import dev.s2r.benchmarks.harness.Watchdog;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import java.util.concurrent.TimeUnit;

/**
 * What every benchmark shares: one forked JVM per measurement with the same flags for every driver, each JMH
 * invocation one whole pass of the workload ({@link Mode#SingleShotTime}), and a {@link Recorder} that measures
 * the passes of the measured iterations (rate, CPU time of every thread) and writes the run's result line.
 *
 * <p>Configuration comes from {@code -Dbench.config} (see {@link BenchEnv}); run through {@code benchmarks/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx2g", "-XX:+UseG1GC", "-Dio.netty.leakDetection.level=disabled"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public abstract class BenchBase {

    /** The run's environment, loaded at trial set-up. */
    protected BenchEnv env;
    /** The measurement of this JVM. */
    protected Recorder recorder;
    /** The driver under test. */
    protected BenchClient client;

    /**
     * Loads the environment, starts the watchdog and opens the driver; a failure is recorded before it is thrown.
     *
     * @param workload the workload
     * @param driver   the driver's name
     * @throws Exception when the driver cannot be opened
     */
    protected void open(Workload workload, String driver) throws Exception {
        env = BenchEnv.load();
        recorder = new Recorder(env, workload.name(), driver, workload.unit());
        Watchdog.start(env.watchdogSeconds(), recorder);
        try {
            client = Clients.open(driver, workload, workload.replayed() ? env.replayed() : env);
        } catch (Throwable t) {
            recorder.fail(t);
            throw t;
        }
    }

    /**
     * Loads the environment and starts the watchdog for a workload that opens no database client (the UDF
     * workloads, whose participant is not a driver).
     *
     * @param workload    the workload
     * @param participant the participant's name
     */
    protected void record(Workload workload, String participant) {
        env = BenchEnv.load();
        recorder = new Recorder(env, workload.name(), participant, workload.unit());
        Watchdog.start(env.watchdogSeconds(), recorder);
    }

    /**
     * Tells the recorder whether the coming iteration is measured.
     *
     * @param params the iteration's parameters
     */
    @Setup(Level.Iteration)
    public void beginIteration(IterationParams params) {
        recorder.iteration(params.getType() == IterationType.MEASUREMENT);
    }

    /**
     * Writes the result line and closes the driver.
     *
     * @throws Exception when closing fails
     */
    @TearDown(Level.Trial)
    public void closeTrial() throws Exception {
        if (recorder != null) {
            recorder.finish();
        }
        if (client != null) {
            client.close();
        }
    }
}
