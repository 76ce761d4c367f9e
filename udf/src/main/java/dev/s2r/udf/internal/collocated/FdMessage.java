/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import com.sun.jna.Memory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code recvmsg(2)} of data bytes plus {@code SCM_RIGHTS} descriptors, with its {@code struct msghdr},
 * {@code struct iovec} and control buffer laid out in native memory as on 64-bit Linux:
 * <pre>
 * msghdr  (56 bytes): msg_name @0 (8), msg_namelen @8 (4, +4 pad), msg_iov @16, msg_iovlen @24 (size_t),
 *                     msg_control @32, msg_controllen @40 (size_t), msg_flags @48 (4, +4 pad)
 * iovec   (16 bytes): iov_base @0, iov_len @8
 * cmsghdr (16 bytes): cmsg_len @0 (size_t), cmsg_level @8, cmsg_type @12, then the data, each message padded
 *                     to a multiple of 8 (CMSG_ALIGN)
 * </pre>
 * Not thread-safe; one per receive.
 */
final class FdMessage {

    static final int MSGHDR_SIZE = 56;
    static final int IOVEC_SIZE = 16;
    static final int CMSGHDR_SIZE = 16;

    private final Memory header = new Memory(MSGHDR_SIZE);
    private final Memory iovec = new Memory(IOVEC_SIZE);
    private final Memory data;
    private final Memory control;
    private final int dataCapacity;
    private long received;

    /**
     * @param dataCapacity the most data bytes to receive, at least 1
     * @param maxFds the most descriptors the control buffer holds; more arrive as {@code MSG_CTRUNC}
     */
    FdMessage(int dataCapacity, int maxFds) {
        this.dataCapacity = dataCapacity;
        this.data = new Memory(Math.max(dataCapacity, 1));
        this.control = new Memory(cmsgSpace(maxFds * Integer.BYTES));
    }

    /** @return {@code CMSG_ALIGN(length)}: rounded up to a multiple of {@code sizeof(size_t)} */
    static int cmsgAlign(int length) {
        return (length + Long.BYTES - 1) & -Long.BYTES;
    }

    /** @return {@code CMSG_LEN(length)}: the {@code cmsg_len} of a message carrying {@code length} data bytes */
    static int cmsgLen(int length) {
        return CMSGHDR_SIZE + length;
    }

    /** @return {@code CMSG_SPACE(length)}: the control-buffer bytes a message of {@code length} data bytes takes */
    static int cmsgSpace(int length) {
        return CMSGHDR_SIZE + cmsgAlign(length);
    }

    /**
     * Receives once; the result is then read with {@link #data()}, {@link #flags()} and {@link #rights()}.
     *
     * @param fd the socket
     * @return the number of data bytes received, 0 at end of stream
     * @throws IOException when {@code recvmsg} fails
     */
    long receive(int fd) throws IOException {
        this.header.clear();
        this.control.clear();
        this.iovec.setPointer(0, this.data);
        this.iovec.setLong(8, this.dataCapacity);
        this.header.setPointer(16, this.iovec);
        this.header.setLong(24, 1);
        this.header.setPointer(32, this.control);
        this.header.setLong(40, this.control.size());
        long n = Sockets.call("recvmsg", () -> LibC.recvmsg(fd, this.header, LibC.MSG_CMSG_CLOEXEC));
        this.received = n;
        return n;
    }

    /** @return the data bytes received */
    byte[] data() {
        return this.data.getByteArray(0, (int) this.received);
    }

    /** @return {@code msg_flags} after the receive ({@code MSG_CTRUNC} when descriptors did not fit) */
    int flags() {
        return this.header.getInt(48);
    }

    /**
     * Walks the control messages the kernel filled in ({@code CMSG_FIRSTHDR}/{@code CMSG_NXTHDR}).
     *
     * @return every control message received, descriptors of {@code SCM_RIGHTS} ones included
     */
    List<ControlMessage> controlMessages() {
        long length = Math.min(this.header.getLong(40), this.control.size());
        List<ControlMessage> messages = new ArrayList<>(1);
        long offset = 0;
        while (offset + CMSGHDR_SIZE <= length) {
            long cmsgLen = this.control.getLong(offset);
            if (cmsgLen < CMSGHDR_SIZE || offset + cmsgLen > length) {
                break;
            }
            int level = this.control.getInt(offset + 8);
            int type = this.control.getInt(offset + 12);
            int[] fds = new int[0];
            if (level == LibC.SOL_SOCKET && type == LibC.SCM_RIGHTS) {
                fds = this.control.getIntArray(offset + CMSGHDR_SIZE, (int) (cmsgLen - CMSGHDR_SIZE) / Integer.BYTES);
            }
            messages.add(new ControlMessage(level, type, fds));
            offset += cmsgAlign((int) cmsgLen);
        }
        return messages;
    }

    /**
     * One control message.
     *
     * @param level {@code cmsg_level}
     * @param type {@code cmsg_type}
     * @param fds the descriptors of an {@code SCM_RIGHTS} message, now open in this process; empty otherwise
     */
    record ControlMessage(int level, int type, int[] fds) {

        /** @return whether this message passes descriptors */
        boolean rights() {
            return this.level == LibC.SOL_SOCKET && this.type == LibC.SCM_RIGHTS;
        }
    }
}
