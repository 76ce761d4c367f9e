/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.udf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One engine connection to a UDF server over HTTP/1.1, kept alive: a {@code POST /invoke} per batch with the
 * headers the engine sends (python-sdk-services.md §2.5: {@code s2-ef-name}, {@code s2-ef-version},
 * {@code content-type}, {@code accepts}), the whole request prebuilt, written in one {@code write}, and the
 * answer read (a {@code content-length} or chunked body) and compared byte for byte with the expected one. Not
 * thread-safe: one caller thread per instance.
 */
public final class HttpCaller implements AutoCloseable {

    private final UdfCase udf;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[][] requests = new byte[UdfCase.BATCHES][];
    private final StringBuilder line = new StringBuilder();
    private byte[] body = new byte[1 << 16];

    /**
     * Connects.
     *
     * @param udf  the participant: function, format, bodies
     * @param port the server's port on 127.0.0.1
     * @throws IOException when it cannot connect
     */
    public HttpCaller(UdfCase udf, int port) throws IOException {
        this.udf = udf;
        this.socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(60_000);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        for (int k = 0; k < UdfCase.BATCHES; k++) {
            byte[] payload = udf.request(k);
            byte[] head = ("POST /invoke HTTP/1.1\r\nhost: 127.0.0.1:" + port + "\r\ns2-ef-name: "
                + udf.function().name() + "\r\ns2-ef-version: 1.0\r\ncontent-type: " + udf.format().requestType()
                + "\r\naccepts: " + udf.format().responseType() + "\r\ncontent-length: " + payload.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            requests[k] = Arrays.copyOf(head, head.length + payload.length);
            System.arraycopy(payload, 0, requests[k], head.length, payload.length);
        }
    }

    /**
     * Sends the {@code k % BATCHES}-th batch and checks the answer.
     *
     * @param k the batch number
     * @throws IOException when the connection fails
     * @throws IllegalStateException when the answer is not 200 with the expected body
     */
    public void call(int k) throws IOException {
        out.write(requests[k % UdfCase.BATCHES]);
        out.flush();
        String status = readLine();
        long length = -1;
        boolean chunked = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        int size = chunked ? readChunked() : readFully(0, (int) length);
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException(udf.name() + ": " + status + ": "
                + new String(body, 0, size, StandardCharsets.UTF_8));
        }
        byte[] expected = udf.response(k);
        if (!Arrays.equals(body, 0, size, expected, 0, expected.length)) {
            throw new IllegalStateException(udf.name() + ": batch " + k + " answered " + size
                + " bytes that differ from the expected " + expected.length);
        }
    }

    private int readChunked() throws IOException {
        int size = 0;
        while (true) {
            int chunk = Integer.parseInt(readLine().trim(), 16);
            if (chunk == 0) {
                while (!readLine().isEmpty()) {
                    // trailers
                }
                return size;
            }
            size = readFully(size, chunk);
            readLine();
        }
    }

    private int readFully(int offset, int length) throws IOException {
        if (length < 0) {
            throw new IOException("an answer without content-length or chunked encoding");
        }
        if (offset + length > body.length) {
            body = Arrays.copyOf(body, Math.max(offset + length, body.length * 2));
        }
        int done = 0;
        while (done < length) {
            int n = in.read(body, offset + done, length - done);
            if (n < 0) {
                throw new IOException("the server closed the connection");
            }
            done += n;
        }
        return offset + length;
    }

    private String readLine() throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
