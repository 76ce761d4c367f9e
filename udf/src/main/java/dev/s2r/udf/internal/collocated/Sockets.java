/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * Blocking Unix-socket operations over {@link LibC}, for dedicated threads only: {@code EINTR} is retried and
 * {@code errno} becomes an {@link IOException} naming the call.
 */
final class Sockets {

    private Sockets() {
    }

    /** A libc call that throws {@link LastErrorException} on failure. */
    @FunctionalInterface
    interface Call {
        long run();
    }

    /**
     * @param name the call's name, for the message
     * @param call the call
     * @return its result
     * @throws IOException when it fails with anything but {@code EINTR}, which is retried
     */
    static long call(String name, Call call) throws IOException {
        while (true) {
            try {
                return call.run();
            }
            catch (LastErrorException ex) {
                if (ex.getErrorCode() == LibC.EINTR) {
                    continue;
                }
                if (ex.getErrorCode() == LibC.EAGAIN) {
                    throw new SocketTimeoutException(name + " timed out");
                }
                throw new IOException(name + " failed: errno " + ex.getErrorCode(), ex);
            }
        }
    }

    /**
     * Creates, binds and listens; the socket file is made {@code 0600} after {@code bind} and before
     * {@code listen}, so no other user can ever connect.
     *
     * @param path where to bind (must not exist)
     * @param backlog the listen backlog
     * @param chmod what sets the socket file's mode, run between {@code bind} and {@code listen}
     * @return the listening socket
     * @throws IOException when a call fails or the path does not fit {@code sun_path}
     */
    static int listen(String path, int backlog, Chmod chmod) throws IOException {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        if (bytes.length + 1 > LibC.SOCKADDR_UN_SIZE - 2) {
            throw new IOException("socket path is " + bytes.length + " bytes, a Unix socket takes at most "
                + (LibC.SOCKADDR_UN_SIZE - 3) + ": " + path);
        }
        Memory address = new Memory(LibC.SOCKADDR_UN_SIZE);
        address.clear();
        address.setShort(0, (short) LibC.AF_UNIX);
        address.write(2, bytes, 0, bytes.length);
        int fd = (int) call("socket", () -> LibC.socket(LibC.AF_UNIX, LibC.SOCK_STREAM | LibC.SOCK_CLOEXEC, 0));
        try {
            call("bind " + path, () -> LibC.bind(fd, address, 2 + bytes.length + 1));
            chmod.run();
            call("listen", () -> LibC.listen(fd, backlog));
            return fd;
        }
        catch (IOException | RuntimeException ex) {
            closeQuietly(fd);
            throw ex;
        }
    }

    /** What runs between {@code bind} and {@code listen}. */
    @FunctionalInterface
    interface Chmod {
        void run() throws IOException;
    }

    /**
     * @param fd a listening socket
     * @return the accepted connection (close-on-exec)
     * @throws IOException when {@code accept} fails, as it does once the socket is shut down
     */
    static int accept(int fd) throws IOException {
        return (int) call("accept", () -> LibC.accept4(fd, null, null, LibC.SOCK_CLOEXEC));
    }

    /**
     * Receives exactly {@code length} bytes, and no more: the next bytes may carry descriptors, which a plain
     * {@code recv} would discard.
     *
     * @param fd the socket
     * @param length how many bytes
     * @return the bytes, or {@code null} at end of stream before the first byte
     * @throws IOException when the stream ends part-way, the call fails or the receive timeout expires
     */
    static byte[] receiveExactly(int fd, int length) throws IOException {
        byte[] buffer = new byte[length];
        byte[] chunk = buffer;
        int filled = 0;
        while (filled < length) {
            if (filled > 0) {
                chunk = new byte[length - filled];
            }
            byte[] target = chunk;
            long n = call("recv", () -> LibC.recv(fd, target, target.length, LibC.MSG_WAITALL));
            if (n == 0) {
                if (filled == 0) {
                    return null;
                }
                throw new IOException("end of stream after " + filled + " of " + length + " bytes");
            }
            if (chunk != buffer) {
                System.arraycopy(chunk, 0, buffer, filled, (int) n);
            }
            filled += (int) n;
        }
        return buffer;
    }

    /**
     * @param fd the socket
     * @param bytes what to send, all of it
     * @throws IOException when the peer is gone or the call fails
     */
    static void sendAll(int fd, byte[] bytes) throws IOException {
        byte[] rest = bytes;
        while (rest.length > 0) {
            byte[] target = rest;
            long n = call("send", () -> LibC.send(fd, target, target.length, LibC.MSG_NOSIGNAL));
            rest = Arrays.copyOfRange(rest, (int) n, rest.length);
        }
    }

    /**
     * @param fd the socket
     * @param timeout how long a receive may wait; zero for ever
     * @throws IOException when the call fails
     */
    static void receiveTimeout(int fd, Duration timeout) throws IOException {
        Memory timeval = new Memory(16);
        timeval.setLong(0, timeout.getSeconds());
        timeval.setLong(8, timeout.getNano() / 1000);
        call("setsockopt", () -> LibC.setsockopt(fd, LibC.SOL_SOCKET, LibC.SO_RCVTIMEO, timeval, 16));
    }

    /** Shuts a socket down, ignoring errors (it may already be disconnected). */
    static void shutdownQuietly(int fd, int how) {
        try {
            LibC.shutdown(fd, how);
        }
        catch (LastErrorException ex) {
            // already disconnected
        }
    }

    /** Closes a descriptor, ignoring errors ({@code close} is never retried on Linux). */
    static void closeQuietly(int fd) {
        try {
            LibC.close(fd);
        }
        catch (LastErrorException ex) {
            // the descriptor is released whatever close reports
        }
    }
}
