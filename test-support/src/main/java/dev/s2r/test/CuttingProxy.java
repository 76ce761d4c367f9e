/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback for fault-injection tests: it forwards each accepted connection to a target server and
 * cuts it (closes both sides) once a configured number of bytes has passed from the server to the client, or
 * slows the server-to-client direction down to a configured rate (a slow link).
 */
public final class CuttingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "cutting-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long cutAfter = Long.MAX_VALUE;
    private volatile long bytesPerSecond;

    /**
     * Starts the proxy.
     *
     * @param targetHost the server host
     * @param targetPort the server port
     * @throws IOException when the listening socket cannot be opened
     */
    public CuttingProxy(String targetHost, int targetPort) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.threads.execute(this::accept);
    }

    /** @return the port the proxy listens on (127.0.0.1) */
    public int port() {
        return this.server.getLocalPort();
    }

    /**
     * @param bytes how many server-to-client bytes each new connection forwards before it is cut
     */
    public void cutAfter(long bytes) {
        this.cutAfter = bytes;
    }

    /**
     * @param rate server-to-client bytes per second of each new connection, 0 for no limit; the bytes go in small
     *             writes spread over each second, as on a slow link
     */
    public void limitRate(long rate) {
        this.bytesPerSecond = rate;
    }

    private void accept() {
        while (!this.server.isClosed()) {
            try {
                Socket client = this.server.accept();
                Socket target = new Socket(this.targetHost, this.targetPort);
                long budget = this.cutAfter;
                long rate = this.bytesPerSecond;
                AtomicLong forwarded = new AtomicLong();
                this.threads.execute(() -> pump(client, target, Long.MAX_VALUE, 0, new AtomicLong(), client, target));
                this.threads.execute(() -> pump(target, client, budget, rate, forwarded, client, target));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to, long budget, long rate, AtomicLong forwarded, Socket a,
                             Socket b) {
        byte[] buffer = new byte[rate > 0 ? (int) Math.max(256, Math.min(8192, rate / 50)) : 8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                long allowed = budget - forwarded.get();
                if (allowed <= 0) {
                    break;
                }
                int n = (int) Math.min(read, allowed);
                out.write(buffer, 0, n);
                out.flush();
                forwarded.addAndGet(n);
                if (rate > 0) {
                    Thread.sleep(n * 1000L / rate);
                }
                if (n < read) {
                    break;
                }
            }
        } catch (IOException e) {
            // the other direction closed the sockets
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(a);
            closeQuietly(b);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        this.server.close();
        this.threads.shutdownNow();
    }
}
