/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener on loopback that accepts every connection, counts it and hangs up at once: a host that is up but
 * never speaks the protocol, and proof of whether a client contacted it at all.
 */
public final class HangingUpListener implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();

    /**
     * Starts listening on an ephemeral port of 127.0.0.1.
     *
     * @throws IOException when the socket cannot be opened
     */
    public HangingUpListener() throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::accept, "hanging-up-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * @return a port of 127.0.0.1 on which nothing listens (bound, then closed), so connecting is refused
     * @throws IOException when no port can be bound
     */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void accept() {
        while (!this.server.isClosed()) {
            try (Socket socket = this.server.accept()) {
                this.accepted.incrementAndGet();
            } catch (IOException e) {
                return;
            }
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

    @Override
    public void close() throws IOException {
        this.server.close();
    }
}
