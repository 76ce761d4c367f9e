/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The listening socket, its acceptor thread and the connections' threads. The acceptor takes a slot before each
 * {@code accept}, so past {@code maxConnections} the engine's connections wait in the listen backlog (sized
 * {@code maxConnections}, as the plugin server sizes it) rather than being refused.
 */
final class Listener {

    private static final Logger LOG = LoggerFactory.getLogger(Listener.class);
    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;
    private static final AtomicInteger SERVERS = new AtomicInteger();
    private static final Duration ABORT_WAIT = Duration.ofSeconds(5);

    private final Path path;
    private final Object fileKey;
    private final int fd;
    private final Map<String, FunctionSpec> functions;
    private final BatchCodec codec;
    private final Execution execution;
    private final Semaphore slots;
    private final Map<Connection, Thread> connections = new ConcurrentHashMap<>();
    private final Thread acceptor;
    private final String threadPrefix;
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean closing;
    private boolean closed;

    private Listener(Path path, Object fileKey, int fd, Map<String, FunctionSpec> functions, BatchCodec codec,
                     Execution execution, int maxConnections) {
        this.path = path;
        this.fileKey = fileKey;
        this.fd = fd;
        this.functions = functions;
        this.codec = codec;
        this.execution = execution;
        this.slots = new Semaphore(maxConnections);
        this.threadPrefix = "s2r-udf-collocated-" + SERVERS.incrementAndGet();
        this.acceptor = new Thread(this::acceptLoop, this.threadPrefix + "-acceptor");
        this.acceptor.setDaemon(true);
    }

    static Listener start(Path path, Map<String, FunctionSpec> functions, BatchCodec codec, Execution execution,
                          int maxConnections) throws IOException {
        removeStale(path);
        int fd = Sockets.listen(path.toString(), maxConnections, () -> Files.setPosixFilePermissions(path,
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        Object fileKey;
        try {
            fileKey = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        }
        catch (IOException ex) {
            Sockets.closeQuietly(fd);
            throw ex;
        }
        Listener listener = new Listener(path, fileKey, fd, functions, codec, execution, maxConnections);
        listener.acceptor.start();
        LOG.info("Serving {} functions on collocated socket {}", functions.size(), path);
        return listener;
    }

    /** A socket left by a server that is gone is replaced; any other file at the path is kept and refused. */
    private static void removeStale(Path path) throws IOException {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        }
        catch (NoSuchFileException ex) {
            return;
        }
        if ((mode & S_IFMT) != S_IFSOCK) {
            throw new IOException(path + " exists and is not a socket: not replacing it");
        }
        Files.delete(path);
        LOG.info("Removed the stale socket {}", path);
    }

    Path path() {
        return this.path;
    }

    private void acceptLoop() {
        while (!this.closing) {
            try {
                this.slots.acquire();
            }
            catch (InterruptedException ex) {
                return;
            }
            int connection;
            try {
                connection = Sockets.accept(this.fd);
            }
            catch (IOException ex) {
                this.slots.release();
                if (this.closing) {
                    return;
                }
                LOG.warn("accept on {} failed, retrying: {}", this.path, ex.getMessage());
                pause();
                continue;
            }
            serve(connection);
        }
    }

    private void serve(int socket) {
        Connection[] self = new Connection[1];
        self[0] = new Connection(socket, this.functions, this.codec, this.execution, () -> {
            this.connections.remove(self[0]);
            this.slots.release();
        });
        Thread thread = new Thread(self[0], this.threadPrefix + "-connection-" + this.accepted.incrementAndGet());
        thread.setDaemon(true);
        this.connections.put(self[0], thread);
        thread.start();
    }

    /** Backs off after a failed accept (for instance out of descriptors) instead of spinning. */
    private static void pause() {
        try {
            Thread.sleep(100);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void close(Duration grace) {
        if (this.closed) {
            return;
        }
        this.closed = true;
        this.closing = true;
        Sockets.shutdownQuietly(this.fd, LibC.SHUT_RDWR);
        this.acceptor.interrupt();
        joinUninterruptibly(this.acceptor, Long.MAX_VALUE);
        Sockets.closeQuietly(this.fd);
        unlink();
        List<Map.Entry<Connection, Thread>> open = List.copyOf(this.connections.entrySet());
        open.forEach(entry -> entry.getKey().stopReading());
        long deadline = System.nanoTime() + grace.toNanos();
        for (Map.Entry<Connection, Thread> entry : open) {
            joinUninterruptibly(entry.getValue(), Math.max(0, deadline - System.nanoTime()));
        }
        for (Map.Entry<Connection, Thread> entry : open) {
            if (entry.getValue().isAlive()) {
                LOG.warn("Cancelling a collocated call still running {} after close", grace);
                entry.getKey().abort();
                entry.getValue().interrupt();
            }
        }
        long abortDeadline = System.nanoTime() + ABORT_WAIT.toNanos();
        for (Map.Entry<Connection, Thread> entry : open) {
            joinUninterruptibly(entry.getValue(), Math.max(0, abortDeadline - System.nanoTime()));
            if (entry.getValue().isAlive()) {
                LOG.error("{} ignores cancellation and interruption; it closes its connection when its call returns",
                    entry.getValue().getName());
            }
        }
        LOG.info("Stopped serving on collocated socket {}", this.path);
    }

    private void unlink() {
        try {
            Object key = Files.readAttributes(this.path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .fileKey();
            if (Objects.equals(key, this.fileKey)) {
                Files.delete(this.path);
            }
        }
        catch (NoSuchFileException ex) {
            // already gone
        }
        catch (IOException ex) {
            LOG.warn("Could not remove the socket {}: {}", this.path, ex.getMessage());
        }
    }

    private static void joinUninterruptibly(Thread thread, long nanos) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + Math.min(nanos, Long.MAX_VALUE / 2);
        try {
            while (thread.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedJoin(thread, left);
                }
                catch (InterruptedException ex) {
                    interrupted = true;
                }
            }
        }
        finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
