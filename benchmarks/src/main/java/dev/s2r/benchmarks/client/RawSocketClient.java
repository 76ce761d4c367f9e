/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideTable;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The FLOOR: a minimal blocking MySQL-protocol client that logs in with {@code mysql_native_password}, sends
 * {@code COM_QUERY SELECT * FROM wide} and walks the result packets by their headers, reading only the first
 * byte of each to find the end; no value is decoded. Its rate is what the server can send to one connection.
 */
final class RawSocketClient implements BenchClient {

    private static final int CLIENT_LONG_PASSWORD = 1;
    private static final int CLIENT_LONG_FLAG = 4;
    private static final int CLIENT_CONNECT_WITH_DB = 8;
    private static final int CLIENT_PROTOCOL_41 = 0x200;
    private static final int CLIENT_TRANSACTIONS = 0x2000;
    private static final int CLIENT_SECURE_CONNECTION = 0x8000;
    private static final int CLIENT_PLUGIN_AUTH = 0x80000;
    private static final int MAX_PAYLOAD = 0xFFFFFF;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int sequence;

    RawSocketClient(String host, int port, String user, String password, String database) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setReceiveBufferSize(1 << 20);
        socket.connect(new InetSocketAddress(host, port), 10_000);
        socket.setSoTimeout(120_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        login(user, password, database);
    }

    private void login(String user, String password, String database) throws IOException {
        byte[] greeting = readPacket();
        if ((greeting[0] & 0xFF) == 0xFF) {
            throw new IOException("server refused the connection: " + errorMessage(greeting));
        }
        int p = 1;
        while (greeting[p] != 0) {
            p++; // server version
        }
        p += 1 + 4; // NUL, connection id
        byte[] seed = Arrays.copyOfRange(greeting, p, p + 8);
        p += 8 + 1 + 2 + 1 + 2 + 2; // seed 1, filler, caps low, charset, status, caps high
        int seedLength = greeting[p] & 0xFF;
        p += 1 + 10;
        int part2 = Math.max(13, seedLength - 8) - 1;
        seed = concat(seed, Arrays.copyOfRange(greeting, p, p + part2));

        byte[] userBytes = user.getBytes(StandardCharsets.UTF_8);
        byte[] scramble = scramble(password, seed);
        byte[] db = database.getBytes(StandardCharsets.UTF_8);
        byte[] plugin = "mysql_native_password".getBytes(StandardCharsets.US_ASCII);
        int caps = CLIENT_LONG_PASSWORD | CLIENT_LONG_FLAG | CLIENT_CONNECT_WITH_DB | CLIENT_PROTOCOL_41
            | CLIENT_TRANSACTIONS | CLIENT_SECURE_CONNECTION | CLIENT_PLUGIN_AUTH;
        byte[] response = new byte[4 + 4 + 1 + 23 + userBytes.length + 1 + 1 + scramble.length + db.length + 1
            + plugin.length + 1];
        int q = putInt(response, 0, caps);
        q = putInt(response, q, 1 << 24);
        response[q++] = 45; // utf8mb4_general_ci
        q += 23;
        System.arraycopy(userBytes, 0, response, q, userBytes.length);
        q += userBytes.length + 1;
        response[q++] = (byte) scramble.length;
        System.arraycopy(scramble, 0, response, q, scramble.length);
        q += scramble.length;
        System.arraycopy(db, 0, response, q, db.length);
        q += db.length + 1;
        System.arraycopy(plugin, 0, response, q, plugin.length);
        writePacket(response);

        byte[] reply = readPacket();
        if ((reply[0] & 0xFF) == 0xFE) { // auth switch request
            int nameEnd = 1;
            while (reply[nameEnd] != 0) {
                nameEnd++;
            }
            String name = new String(reply, 1, nameEnd - 1, StandardCharsets.US_ASCII);
            if (!name.equals("mysql_native_password")) {
                throw new IOException("server asks for auth plugin " + name + "; the floor client speaks only mysql_native_password");
            }
            byte[] newSeed = Arrays.copyOfRange(reply, nameEnd + 1, nameEnd + 1 + 20);
            writePacket(scramble(password, newSeed));
            reply = readPacket();
        }
        if ((reply[0] & 0xFF) != 0) {
            throw new IOException("login failed: " + errorMessage(reply));
        }
    }

    static byte[] scramble(String password, byte[] seed) {
        if (password.isEmpty()) {
            return new byte[0];
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] stage1 = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            byte[] stage2 = sha1.digest(stage1);
            sha1.update(seed, 0, 20);
            byte[] mask = sha1.digest(stage2);
            for (int k = 0; k < mask.length; k++) {
                mask[k] ^= stage1[k];
            }
            return mask;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Checksum stream() throws IOException {
        sequence = 0;
        byte[] sql = WideTable.SELECT_ALL.getBytes(StandardCharsets.UTF_8);
        byte[] command = new byte[1 + sql.length];
        command[0] = 0x03; // COM_QUERY
        System.arraycopy(sql, 0, command, 1, sql.length);
        writePacket(command);

        byte[] head = readPacket();
        if ((head[0] & 0xFF) == 0xFF) {
            throw new IOException("query failed: " + errorMessage(head));
        }
        int columns = head[0] & 0xFF; // fewer than 251 columns: a one-byte length-encoded integer
        for (int k = 0; k < columns + 1; k++) { // column definitions, then EOF
            skipPacket();
        }
        Checksum checksum = new Checksum();
        while (true) {
            int length = readHeader();
            ensure(1);
            int first = buffer[position] & 0xFF;
            if (first == 0xFE && length < 9) { // EOF: end of rows
                skip(length);
                return checksum;
            }
            if (first == 0xFF) {
                byte[] error = new byte[length];
                readFully(error);
                throw new IOException("result failed: " + errorMessage(error));
            }
            skip(length);
            while (length == MAX_PAYLOAD) { // continuation of a large row
                length = readHeader();
                skip(length);
            }
            checksum.countOnly();
        }
    }

    private int readHeader() throws IOException {
        ensure(4);
        int length = (buffer[position] & 0xFF) | (buffer[position + 1] & 0xFF) << 8 | (buffer[position + 2] & 0xFF) << 16;
        sequence = (buffer[position + 3] + 1) & 0xFF;
        position += 4;
        return length;
    }

    private void ensure(int n) throws IOException {
        if (limit - position >= n) {
            return;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                throw new EOFException("server closed the connection");
            }
            limit += read;
        }
    }

    private void skip(int n) throws IOException {
        while (n > 0) {
            if (position == limit) {
                position = 0;
                limit = 0;
                ensure(1);
            }
            int step = Math.min(n, limit - position);
            position += step;
            n -= step;
        }
    }

    private void skipPacket() throws IOException {
        skip(readHeader());
    }

    private byte[] readPacket() throws IOException {
        byte[] payload = new byte[readHeader()];
        readFully(payload);
        return payload;
    }

    private void readFully(byte[] into) throws IOException {
        int done = 0;
        while (done < into.length) {
            ensure(1);
            int step = Math.min(into.length - done, limit - position);
            System.arraycopy(buffer, position, into, done, step);
            position += step;
            done += step;
        }
    }

    private void writePacket(byte[] payload) throws IOException {
        byte[] packet = new byte[4 + payload.length];
        packet[0] = (byte) payload.length;
        packet[1] = (byte) (payload.length >> 8);
        packet[2] = (byte) (payload.length >> 16);
        packet[3] = (byte) sequence;
        sequence = (sequence + 1) & 0xFF;
        System.arraycopy(payload, 0, packet, 4, payload.length);
        out.write(packet);
        out.flush();
    }

    private static String errorMessage(byte[] error) {
        int start = error.length > 9 && error[3] == '#' ? 9 : 3;
        return new String(error, Math.min(start, error.length), Math.max(0, error.length - start), StandardCharsets.UTF_8);
    }

    private static int putInt(byte[] into, int at, int value) {
        into[at] = (byte) value;
        into[at + 1] = (byte) (value >> 8);
        into[at + 2] = (byte) (value >> 16);
        into[at + 3] = (byte) (value >> 24);
        return at + 4;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public void close() throws IOException {
        sequence = 0;
        try {
            writePacket(new byte[] {0x01}); // COM_QUIT
        } finally {
            socket.close();
        }
    }
}
