/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A loopback TCP proxy in front of the server that answers one query from memory. Everything passes through
 * unchanged (greeting, login, each driver's set-up queries) until a connection sends the query: its first answer is
 * forwarded and recorded, and every later one on the same connection is the recorded bytes, sent without asking the
 * server. With the server out of the loop, a driver reads the result as fast as loopback TCP carries it, so the
 * replayed workloads measure the client alone.
 *
 * <p>Each connection records its own answer, because its framing depends on the capabilities that connection
 * negotiated (with or without the intermediate EOF). The proxy runs in the server's process, so its CPU time is not
 * charged to the driver. Text result sets only; an answer that is an OK or an error is forwarded and not recorded.
 */
public final class ReplayProxy implements AutoCloseable {

    private static final int COM_QUERY = 0x03;
    private static final int MAX_PAYLOAD = 0xFFFFFF;

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final byte[] sql;
    private final Thread acceptor;

    private ReplayProxy(ServerSocket listener, InetSocketAddress upstream, String sql) {
        this.listener = listener;
        this.upstream = upstream;
        this.sql = sql.getBytes(StandardCharsets.UTF_8);
        this.acceptor = daemon("replay-proxy-accept", this::acceptLoop);
    }

    /**
     * Starts the proxy on a free loopback port.
     *
     * @param host the server's host
     * @param port the server's port
     * @param sql  the query to answer from memory, as the drivers send it
     * @return the running proxy
     * @throws IOException when it cannot listen
     */
    public static ReplayProxy start(String host, int port, String sql) throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ReplayProxy proxy = new ReplayProxy(listener, new InetSocketAddress(host, port), sql);
        proxy.acceptor.start();
        return proxy;
    }

    /** @return the port the proxy listens on */
    public int port() {
        return this.listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        this.listener.close();
    }

    private void acceptLoop() {
        while (!this.listener.isClosed()) {
            try {
                Socket client = this.listener.accept();
                Socket server = new Socket();
                server.setTcpNoDelay(true);
                server.connect(this.upstream, 10_000);
                client.setTcpNoDelay(true);
                client.setSendBufferSize(1 << 20);
                new Session(client, server).start();
            } catch (IOException e) {
                if (!this.listener.isClosed()) {
                    System.err.println("replay proxy: " + e);
                }
            }
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    /** One client connection and its own connection to the server. */
    private final class Session {

        private final Socket client;
        private final Socket server;
        private final OutputStream toClient;
        /** The recorded answer, once complete. */
        private volatile byte[] answer;
        /** Set by the client side when the query was forwarded to be recorded; cleared by the server side. */
        private volatile boolean recording;

        Session(Socket client, Socket server) throws IOException {
            this.client = client;
            this.server = server;
            this.toClient = new BufferedOutputStream(client.getOutputStream(), 1 << 16);
        }

        void start() {
            daemon("replay-proxy-up", this::clientToServer).start();
            daemon("replay-proxy-down", this::serverToClient).start();
        }

        private void clientToServer() {
            try (InputStream in = new BufferedInputStream(this.client.getInputStream(), 1 << 16);
                 OutputStream out = new BufferedOutputStream(this.server.getOutputStream(), 1 << 16)) {
                while (true) {
                    byte[] packet = readPacket(in);
                    byte[] recorded = this.answer;
                    if (isTheQuery(packet) && recorded != null) {
                        synchronized (this.toClient) {
                            this.toClient.write(recorded);
                            this.toClient.flush();
                        }
                        continue;
                    }
                    if (isTheQuery(packet)) {
                        this.recording = true;
                    }
                    out.write(packet);
                    if (in.available() == 0) {
                        out.flush();
                    }
                }
            } catch (IOException e) {
                closeBoth();
            }
        }

        private void serverToClient() {
            ResultRecorder recorder = null;
            try (InputStream in = new BufferedInputStream(this.server.getInputStream(), 1 << 16)) {
                while (true) {
                    byte[] packet = readPacket(in);
                    if (recorder == null && this.recording) {
                        recorder = new ResultRecorder();
                    }
                    synchronized (this.toClient) {
                        this.toClient.write(packet);
                        if (in.available() == 0) {
                            this.toClient.flush();
                        }
                    }
                    if (recorder != null && recorder.add(packet)) {
                        this.answer = recorder.bytes();
                        this.recording = false;
                        recorder = null;
                    } else if (recorder != null && recorder.abandoned()) {
                        this.recording = false;
                        recorder = null;
                    }
                }
            } catch (IOException e) {
                closeBoth();
            }
        }

        private boolean isTheQuery(byte[] packet) {
            int payload = packet.length - 4;
            return (packet[3] & 0xFF) == 0 && payload >= 1 + sql.length && (packet[4] & 0xFF) == COM_QUERY
                && Arrays.equals(packet, packet.length - sql.length, packet.length, sql, 0, sql.length);
        }

        private void closeBoth() {
            try {
                this.client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                this.server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Reads one packet, header included. */
    static byte[] readPacket(InputStream in) throws IOException {
        byte[] header = in.readNBytes(4);
        if (header.length < 4) {
            throw new EOFException("connection closed");
        }
        int length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
        byte[] packet = Arrays.copyOf(header, 4 + length);
        if (in.readNBytes(packet, 4, length) < length) {
            throw new EOFException("connection closed inside a packet");
        }
        return packet;
    }

    /**
     * Follows a text result set packet by packet: column count, column definitions, the intermediate EOF when the
     * connection has one, rows, and the closing EOF or OK (first byte 0xFE, shorter than a maximal packet) or error.
     */
    static final class ResultRecorder {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        private long columns = -1;
        private long definitions;
        private boolean inRows;
        private boolean abandoned;

        /** @return whether the packet completed the result */
        boolean add(byte[] packet) {
            this.bytes.write(packet, 0, packet.length);
            int first = packet.length > 4 ? packet[4] & 0xFF : -1;
            int payload = packet.length - 4;
            if (this.columns < 0) {
                if (first == 0x00 || first == 0xFF || first == 0xFB) {
                    this.abandoned = true;
                    return false;
                }
                this.columns = first < 0xFB ? first : lenenc(packet);
                return false;
            }
            if (this.definitions < this.columns) {
                this.definitions++;
                return false;
            }
            if (!this.inRows) {
                this.inRows = true;
                if (first == 0xFE && payload < 9) {
                    return false; // the intermediate EOF of a connection without CLIENT_DEPRECATE_EOF
                }
            }
            return first == 0xFF || first == 0xFE && payload < MAX_PAYLOAD;
        }

        boolean abandoned() {
            return this.abandoned;
        }

        byte[] bytes() {
            return this.bytes.toByteArray();
        }

        private static long lenenc(byte[] packet) {
            int marker = packet[4] & 0xFF;
            int size = marker == 0xFC ? 2 : marker == 0xFD ? 3 : 8;
            long value = 0;
            for (int i = 0; i < size; i++) {
                value |= (long) (packet[5 + i] & 0xFF) << (8 * i);
            }
            return value;
        }
    }
}
