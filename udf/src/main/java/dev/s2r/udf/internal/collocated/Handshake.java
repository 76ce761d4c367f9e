/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The start of an engine connection, protocol v1 (python-sdk-services.md §2.11): 16 bytes ({@code u64 LE} version,
 * {@code u64 LE} name length), then one {@code sendmsg} carrying the function name and one {@code SCM_RIGHTS} message
 * with exactly two descriptors, input then output. The version must be 1, the name 1 to 4096 bytes, and the control
 * data must not be truncated; a connection that breaks a rule is closed without an answer, its descriptors closed.
 *
 * @param name the function name, or a control signal starting with {@code @@}
 * @param inputFd the input file's descriptor, now open in this process
 * @param outputFd the output file's descriptor, now open in this process
 */
record Handshake(String name, int inputFd, int outputFd) {

    /** The only protocol version served. */
    static final long VERSION = 1;

    /** The longest function name accepted, in bytes. */
    static final int MAX_NAME_LENGTH = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(Handshake.class);

    /**
     * @param fd the accepted connection
     * @return the handshake, or {@code null} when the engine broke a rule or left (logged; descriptors closed)
     * @throws IOException when the socket fails or the receive timeout expires
     */
    static Handshake receive(int fd) throws IOException {
        byte[] header = Sockets.receiveExactly(fd, 16);
        if (header == null) {
            return null;
        }
        ByteBuffer fields = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        long version = fields.getLong();
        long nameLength = fields.getLong();
        if (version != VERSION) {
            return reject("protocol version " + Long.toUnsignedString(version) + ", only " + VERSION + " is served");
        }
        if (nameLength < 1 || nameLength > MAX_NAME_LENGTH) {
            return reject("a function name of " + Long.toUnsignedString(nameLength) + " bytes (1 to "
                + MAX_NAME_LENGTH + " accepted)");
        }
        FdMessage message = new FdMessage((int) nameLength, 2);
        long received = message.receive(fd);
        List<FdMessage.ControlMessage> controls = message.controlMessages();
        int[] fds = controls.stream().flatMapToInt(control -> IntStream.of(control.fds())).toArray();
        try {
            String problem = problem(received, message.flags(), controls, fds);
            if (problem != null) {
                closeAll(fds);
                return reject(problem);
            }
            byte[] name = message.data();
            if (received < nameLength) {
                byte[] rest = Sockets.receiveExactly(fd, (int) (nameLength - received));
                if (rest == null) {
                    closeAll(fds);
                    return reject("the connection closed inside the function name");
                }
                name = concat(name, rest);
            }
            return new Handshake(new String(name, StandardCharsets.UTF_8), fds[0], fds[1]);
        }
        catch (IOException | RuntimeException ex) {
            closeAll(fds);
            throw ex;
        }
    }

    private static String problem(long received, int flags, List<FdMessage.ControlMessage> controls, int[] fds) {
        if (received == 0) {
            return "the connection closed before the function name";
        }
        if ((flags & LibC.MSG_CTRUNC) != 0) {
            return "truncated control data (more than two descriptors)";
        }
        if (controls.size() != 1 || !controls.get(0).rights()) {
            return controls.size() + " control messages, one SCM_RIGHTS message expected";
        }
        if (fds.length != 2) {
            return fds.length + " descriptors, two expected (input, output)";
        }
        return null;
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static Handshake reject(String problem) {
        LOG.warn("Closing a collocated connection: {}", problem);
        return null;
    }

    /** Closes received descriptors. */
    static void closeAll(int... fds) {
        for (int fd : fds) {
            Sockets.closeQuietly(fd);
        }
    }
}
