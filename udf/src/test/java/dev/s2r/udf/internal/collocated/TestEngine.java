/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Plays SingleStore's side of a collocated connection (singlestore-server.md §3.3; python-sdk-services.md §2.10,
 * §2.11): two memfds, a 16-byte header, the name and both descriptors in one {@code sendmsg}, then lengths of
 * ROWDAT_1 batches written at offset 0 of the input file, each answered by 16 bytes (and a message on error).
 */
public final class TestEngine implements AutoCloseable {

    private final int socket;
    private final int input;
    private final int output;
    private final FileChannel inputFile;
    private final FileChannel outputFile;

    private TestEngine(int socket, int input, int output) throws IOException {
        this.socket = socket;
        this.input = input;
        this.output = output;
        this.inputFile = FileChannel.open(proc(input), StandardOpenOption.WRITE);
        this.outputFile = FileChannel.open(proc(output), StandardOpenOption.READ);
    }

    /** A reply: the status and size, plus the message of a non-200 status. */
    public record Reply(long status, long size, String message) {
    }

    /**
     * @param path the server's socket
     * @return an engine connected to it, holding two fresh memfds
     * @throws IOException when it cannot connect
     */
    public static TestEngine connect(Path path) throws IOException {
        int socket = LibC.socket(LibC.AF_UNIX, LibC.SOCK_STREAM | LibC.SOCK_CLOEXEC, 0);
        byte[] bytes = path.toString().getBytes(StandardCharsets.UTF_8);
        Memory address = new Memory(LibC.SOCKADDR_UN_SIZE);
        address.clear();
        address.setShort(0, (short) LibC.AF_UNIX);
        address.write(2, bytes, 0, bytes.length);
        try {
            EngineLibC.connect(socket, address, 2 + bytes.length + 1);
            Sockets.receiveTimeout(socket, Duration.ofSeconds(20));
        }
        catch (LastErrorException ex) {
            LibC.close(socket);
            throw new IOException("connect failed: errno " + ex.getErrorCode(), ex);
        }
        int input = EngineLibC.memfd_create("s2r-test-input", EngineLibC.MFD_CLOEXEC);
        int output = EngineLibC.memfd_create("s2r-test-output", EngineLibC.MFD_CLOEXEC);
        return new TestEngine(socket, input, output);
    }

    static Path proc(int fd) {
        return Path.of("/proc/self/fd", Integer.toString(fd));
    }

    /** Sends a well-formed version-1 handshake for {@code name}. */
    public TestEngine handshake(String name) throws IOException {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        header(1, bytes.length);
        sendName(bytes, this.input, this.output);
        return this;
    }

    void header(long version, long nameLength) throws IOException {
        Sockets.sendAll(this.socket, ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
            .putLong(version).putLong(nameLength).array());
    }

    /** One {@code sendmsg}: the name bytes plus one SCM_RIGHTS message carrying {@code fds}. */
    void sendName(byte[] name, int... fds) throws IOException {
        Memory data = new Memory(name.length);
        data.write(0, name, 0, name.length);
        Memory iovec = new Memory(16);
        iovec.setPointer(0, data);
        iovec.setLong(8, name.length);
        int cmsgLen = 16 + 4 * fds.length;
        Memory control = new Memory((cmsgLen + 7) & ~7);
        control.clear();
        control.setLong(0, cmsgLen);
        control.setInt(8, LibC.SOL_SOCKET);
        control.setInt(12, LibC.SCM_RIGHTS);
        control.write(16, fds, 0, fds.length);
        Memory header = new Memory(56);
        header.clear();
        header.setPointer(16, iovec);
        header.setLong(24, 1);
        header.setPointer(32, control);
        header.setLong(40, control.size());
        try {
            EngineLibC.sendmsg(this.socket, header, LibC.MSG_NOSIGNAL);
        }
        catch (LastErrorException ex) {
            throw new IOException("sendmsg failed: errno " + ex.getErrorCode(), ex);
        }
    }

    /** Writes a batch into the input file, announces it and reads the reply. */
    public Reply call(byte[] request) throws IOException {
        this.inputFile.write(ByteBuffer.wrap(request), 0);
        sendLength(request.length);
        return reply();
    }

    void sendLength(long length) throws IOException {
        Sockets.sendAll(this.socket, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(length).array());
    }

    Reply reply() throws IOException {
        byte[] head = Sockets.receiveExactly(this.socket, 16);
        if (head == null) {
            throw new IOException("the server closed the connection instead of replying");
        }
        ByteBuffer fields = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        long status = fields.getLong();
        long size = fields.getLong();
        if (status == 200) {
            return new Reply(status, size, null);
        }
        byte[] message = Sockets.receiveExactly(this.socket, (int) size);
        return new Reply(status, size, new String(message, StandardCharsets.UTF_8));
    }

    /** @return the first {@code size} bytes of the output file */
    public byte[] output(long size) throws IOException {
        ByteBuffer out = ByteBuffer.allocate((int) size);
        while (out.hasRemaining() && this.outputFile.read(out, out.position()) >= 0) {
            // read until full
        }
        return out.array();
    }

    long outputFileSize() throws IOException {
        return this.outputFile.size();
    }

    int socketFd() {
        return this.socket;
    }

    int inputFd() {
        return this.input;
    }

    int outputFd() {
        return this.output;
    }

    /** @return whether the server closed the connection (end of stream or reset) within the receive timeout */
    public boolean closedByServer() throws IOException {
        try {
            return LibC.recv(this.socket, new byte[1], 1, 0) == 0;
        }
        catch (LastErrorException ex) {
            if (ex.getErrorCode() == EngineLibC.ECONNRESET) {
                return true;
            }
            throw new IOException("recv failed: errno " + ex.getErrorCode(), ex);
        }
    }

    /** Ends the session as the engine does, with length 0, keeping the socket open. */
    public void end() throws IOException {
        sendLength(0);
    }

    @Override
    public void close() throws IOException {
        this.inputFile.close();
        this.outputFile.close();
        LibC.close(this.socket);
        LibC.close(this.input);
        LibC.close(this.output);
    }
}
