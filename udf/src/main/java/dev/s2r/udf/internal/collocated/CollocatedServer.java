/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionSpec;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A running collocated-mode server: the engine connects to its Unix socket ({@code CREATE EXTERNAL FUNCTION ... AS
 * COLLOCATED SERVICE '<socket>'}) and calls functions through shared memory (python-sdk-services.md §2.10 and §2.11,
 * protocol v1 with the plugin server's checks). One acceptor thread, and one platform thread per engine connection,
 * at most {@code maxConnections} at once; further connections wait in the listen backlog until one ends, so the
 * engine's query waits instead of failing. Linux only (x86_64, aarch64), with JNA on the class path.
 */
public final class CollocatedServer implements Closeable {

    /** How long {@link #close()} lets batches in flight finish before cancelling them. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);

    private final Listener listener;

    private CollocatedServer(Listener listener) {
        this.listener = listener;
    }

    /**
     * Binds the socket (mode {@code 0600}; a stale socket at the path is replaced, any other file is an error) and
     * starts accepting.
     *
     * @param socket where to bind; its absolute form must fit a Unix socket address (107 bytes)
     * @param functions the functions by the name the engine sends
     * @param rowdat the ROWDAT_1 codec requests are decoded and responses encoded with
     * @param execution where functions run
     * @param maxConnections the most engine connections served at once, at least 1
     * @return the running server
     * @throws UnsupportedOperationException when this is not Linux on x86_64 or aarch64, or JNA is missing
     * @throws IOException when the socket cannot be bound
     */
    public static CollocatedServer start(Path socket, Map<String, FunctionSpec> functions, BatchCodec rowdat,
                                         Execution execution, int maxConnections) throws IOException {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, not " + maxConnections);
        }
        String unsupported = Platforms.unsupported();
        if (unsupported != null) {
            throw new UnsupportedOperationException(unsupported);
        }
        Path absolute = socket.toAbsolutePath().normalize();
        return new CollocatedServer(Listener.start(absolute, Map.copyOf(functions), rowdat,
            execution, maxConnections));
    }

    /** @return the absolute path of the socket, as the DDL names it */
    public Path socketPath() {
        return this.listener.path();
    }

    /**
     * Stops gracefully, waiting up to {@link #DEFAULT_GRACE}: see {@link #close(Duration)}.
     */
    @Override
    public void close() {
        close(DEFAULT_GRACE);
    }

    /**
     * Stops accepting, removes the socket file, lets each connection finish the batch it is running (the engine then
     * sees the connection end), and after {@code grace} cancels and interrupts what is still running and disconnects
     * its engine. Returns once every connection's descriptors are closed, or 5 seconds after that cancellation if a
     * function ignores it (its connection then closes when the call returns). Idempotent.
     *
     * @param grace how long batches in flight may take to finish
     */
    public void close(Duration grace) {
        this.listener.close(grace);
    }
}
