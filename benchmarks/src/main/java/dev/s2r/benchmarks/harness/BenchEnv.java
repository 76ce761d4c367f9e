/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.harness;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Everything a measurement JVM needs to know about the run: where the server is, how much data it holds and
 * how much work each workload does.
 *
 * <p>Read from the properties file named by the system property {@code bench.config} (written by
 * {@code run.sh}); {@code bench.round} and {@code bench.out} are system properties of their own.
 *
 * @param host            server host (loopback only)
 * @param port            server port
 * @param replayPort      port of the server process's {@code ReplayProxy} (0: none)
 * @param dataApiPort     port of the server process's {@code DataApiReplayServer} (0: none)
 * @param user            account
 * @param password        password
 * @param database        database holding {@code wide}
 * @param server          {@code mariadb} or {@code singlestore}
 * @param rows            rows in {@code wide}
 * @param expected        checksum of the whole table, see {@link dev.s2r.benchmarks.data.Checksum}
 * @param pointOps        measured lookups of POINT
 * @param pointWarmupOps  warm-up lookups of POINT
 * @param insertRows      measured rows of INSERT
 * @param insertWarmupRows warm-up rows of INSERT
 * @param batchSize       rows per INSERT batch (and transaction)
 * @param slowBusyNanos   busy work per row of the STREAM_SLOW consumer
 * @param watchdogSeconds hard limit of one measurement JVM
 * @param round           round number of this measurement
 * @param out             TSV file the result line is appended to
 */
public record BenchEnv(String host, int port, int replayPort, int dataApiPort, String user, String password,
                       String database, String server, int rows, String expected, int pointOps, int pointWarmupOps, int insertRows,
                       int insertWarmupRows, int batchSize, long slowBusyNanos, int watchdogSeconds, int round,
                       Path out) {

    /**
     * Loads the environment of this JVM.
     *
     * @return the environment
     * @throws IllegalStateException when {@code bench.config} is not set
     */
    public static BenchEnv load() {
        String config = System.getProperty("bench.config");
        if (config == null) {
            throw new IllegalStateException("-Dbench.config=<file> is not set; run the benchmarks through benchmarks/run.sh");
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(config), StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String host = p.getProperty("host", "127.0.0.1");
        Loopback.require(host);
        return new BenchEnv(host, Integer.parseInt(p.getProperty("port")),
            Integer.parseInt(p.getProperty("replayPort", "0")), Integer.parseInt(p.getProperty("dataApiPort", "0")),
            p.getProperty("user"),
            p.getProperty("password", ""), p.getProperty("database", "bench"), p.getProperty("server", "mariadb"),
            Integer.parseInt(p.getProperty("rows")), p.getProperty("expected"),
            Integer.parseInt(p.getProperty("pointOps", "50000")), Integer.parseInt(p.getProperty("pointWarmupOps", "10000")),
            Integer.parseInt(p.getProperty("insertRows", "100000")),
            Integer.parseInt(p.getProperty("insertWarmupRows", "20000")),
            Integer.parseInt(p.getProperty("batchSize", "1000")), Long.parseLong(p.getProperty("slowBusyNanos", "5000")),
            Integer.parseInt(p.getProperty("watchdogSeconds", "240")), Integer.getInteger("bench.round", 0),
            Path.of(System.getProperty("bench.out", "bench-raw.tsv")));
    }

    /**
     * @return the same environment with the replay proxy as the server: the full scan is answered from memory
     * @throws IllegalStateException when the server process started no proxy
     */
    public BenchEnv replayed() {
        if (replayPort == 0) {
            throw new IllegalStateException("the server process started no replay proxy (replayPort is missing)");
        }
        return new BenchEnv(host, replayPort, 0, dataApiPort, user, password, database, server, rows, expected, pointOps,
            pointWarmupOps, insertRows, insertWarmupRows, batchSize, slowBusyNanos, watchdogSeconds, round, out);
    }

    /**
     * @return the port of the Data API replay server, which answers the full scan from memory over HTTP
     * @throws IllegalStateException when the server process started none
     */
    public int requireDataApiPort() {
        if (dataApiPort == 0) {
            throw new IllegalStateException("the server process started no Data API replay server (dataApiPort is 0 or "
                + "missing; its log says why)");
        }
        return dataApiPort;
    }

    /** @return whether the server is SingleStore (as opposed to MariaDB/MySQL) */
    public boolean isSingleStore() {
        return "singlestore".equals(server);
    }
}
