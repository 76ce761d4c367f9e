/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;
import dev.s2r.benchmarks.udf.Callers;
import dev.s2r.benchmarks.udf.HttpCaller;
import dev.s2r.benchmarks.udf.UdfCase;
import dev.s2r.udf.UdfServer;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * UDF_HTTP: the UDF server over HTTP/1.1 on 127.0.0.1 (an ephemeral port, default options), called by
 * {@link UdfServerBench#CALLERS} kept-alive connections ({@link HttpCaller}: plain sockets, prebuilt requests).
 * Participants {@code <format>-<function>}.
 */
public class UdfHttpBench extends UdfServerBench {

    /** The participant: a format and a function. */
    @Param({"rowdat_1-add", "json-add", "arrow-add", "rowdat_1-upper", "json-upper", "arrow-upper"})
    public String driver;

    /**
     * Starts the server and connects.
     *
     * @throws Exception when it cannot
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        start(Workload.UDF_HTTP, driver, UdfConfig.builder().set(UdfOptions.PORT, 0).build());
    }

    @Override
    protected Callers.Call connect(UdfCase udf, UdfServer server) throws Exception {
        return closeLater(new HttpCaller(udf, server.port()))::call;
    }
}
