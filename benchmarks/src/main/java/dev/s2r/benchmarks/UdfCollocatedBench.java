/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;
import dev.s2r.benchmarks.udf.Callers;
import dev.s2r.benchmarks.udf.CollocatedCaller;
import dev.s2r.benchmarks.udf.UdfCase;
import dev.s2r.udf.UdfServer;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * UDF_COLLOCATED: the UDF server collocated (a Unix socket in a temporary directory, ROWDAT_1 in memfds), called
 * by {@link UdfServerBench#CALLERS} engine connections ({@link CollocatedCaller}). Participants
 * {@code rowdat_1-<function>}.
 */
public class UdfCollocatedBench extends UdfServerBench {

    /** The participant: ROWDAT_1 and a function. */
    @Param({"rowdat_1-add", "rowdat_1-upper"})
    public String driver;

    private Path directory;

    /**
     * Starts the server and connects.
     *
     * @throws Exception when it cannot
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        directory = Files.createTempDirectory("s2r-udf-bench");
        start(Workload.UDF_COLLOCATED, driver, UdfConfig.builder()
            .set(UdfOptions.SOCKET_PATH, directory.resolve("udf.sock").toString()).build());
    }

    @Override
    protected Callers.Call connect(UdfCase udf, UdfServer server) throws Exception {
        return closeLater(new CollocatedCaller(udf, Path.of(server.url())))::call;
    }

    /**
     * Removes the socket's directory.
     *
     * @throws IOException when it cannot
     */
    @TearDown(Level.Trial)
    public void removeDirectory() throws IOException {
        if (directory != null) {
            Files.deleteIfExists(directory.resolve("udf.sock"));
            Files.deleteIfExists(directory);
        }
    }
}
