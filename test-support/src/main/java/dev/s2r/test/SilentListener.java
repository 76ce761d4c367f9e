/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener on loopback that accepts every connection, keeps it open and never sends a byte: an overloaded
 * server or a stuck load balancer, for tests that a client does not wait for it forever. Bytes the client sends are
 * read and dropped.
 */
public final class SilentListener implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    /**
     * Starts listening on an ephemeral port of 127.0.0.1.
     *
     * @throws IOException when the socket cannot be opened
     */
    public SilentListener() throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::accept, "silent-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void accept() {
        while (!this.server.isClosed()) {
            try {
                Socket socket = this.server.accept();
                this.accepted.incrementAndGet();
                this.open.add(socket);
                Thread reader = new Thread(() -> drop(socket), "silent-listener-reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void drop(Socket socket) {
        byte[] buffer = new byte[4096];
        try {
            while (socket.getInputStream().read(buffer) >= 0) {
                // the client's bytes are read so that its writes never block, and dropped
            }
        } catch (IOException e) {
            // the connection was closed
        }
    }

    /** @return the port it listens on (127.0.0.1) */
    public int port() {
        return this.server.getLocalPort();
    }

    /** @return how many connections it accepted */
    public int accepted() {
        return this.accepted.get();
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() throws IOException {
        this.server.close();
        for (Socket socket : this.open) {
            socket.close();
        }
    }
}
