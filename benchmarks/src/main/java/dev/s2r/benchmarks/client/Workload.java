/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

/** The workloads, as named in {@code results/latest.json}. */
public enum Workload {
    /** Full scan, unbounded demand. */
    STREAM("rows/s"),
    /** Full scan, demand 256 at a time, slow consumer; heap growth reported. */
    STREAM_SLOW("rows/s"),
    /** Primary-key lookups one at a time. */
    POINT_C1("ops/s"),
    /** Primary-key lookups 32 at a time (reactive: over 4 connections; JDBC: 32 threads and connections). */
    POINT_C32("ops/s"),
    /** Batched INSERT, one transaction per batch. */
    INSERT("rows/s"),
    /**
     * Full scan as Arrow batches read column by column: s2r's {@code toArrow} ({@code s2r-arrow}) versus s2r's row
     * mapping ({@code s2r-rows}) and Arrow's JDBC adapter over mariadb-java-client ({@code arrow-jdbc}).
     */
    ARROW("rows/s"),
    /** The raw-socket reader of the full scan: the server's limit. */
    FLOOR("rows/s"),
    /** STREAM with its result replayed from memory by the server process's proxy: the client is the limit. */
    STREAM_REPLAY("rows/s"),
    /** ARROW with its result replayed from memory by the server process's proxy: the client is the limit. */
    ARROW_REPLAY("rows/s"),
    /**
     * s2r's full scan over the Data API ({@code s2r-dataapi}: HTTP and JSON, answered from memory by the server
     * process's Data API replay server) versus over the MySQL protocol ({@code s2r}, through the replay proxy).
     */
    DATA_API_REPLAY("rows/s"),
    /**
     * s2r's primary-key lookups one at a time over the Data API ({@code s2r-dataapi}: each answered from memory by
     * the server process's Data API replay server) versus over the MySQL protocol ({@code s2r}, the server's lookup).
     */
    DATA_API_POINT("ops/s"),
    /**
     * The UDF server's codec alone, on one thread: decode a prebuilt 512-row request body, call the function, encode
     * the answer; participants {@code <format>-<function>}.
     */
    UDF_CODEC("rows/s"),
    /** The UDF server end to end over HTTP: 512-row batches from 4 concurrent callers, the server in this JVM. */
    UDF_HTTP("rows/s"),
    /** The UDF server end to end, collocated (Unix socket and memfds, ROWDAT_1), as UDF_HTTP. */
    UDF_COLLOCATED("rows/s");

    private final String unit;

    Workload(String unit) {
        this.unit = unit;
    }

    /**
     * @return whether the workload's full scan is answered from memory by the server process (the replay proxy, and
     *     for {@code s2r-dataapi} the Data API replay server) instead of the database
     */
    public boolean replayed() {
        return this == STREAM_REPLAY || this == ARROW_REPLAY || this == DATA_API_REPLAY;
    }

    /** @return the unit of the workload's rate */
    public String unit() {
        return unit;
    }
}
