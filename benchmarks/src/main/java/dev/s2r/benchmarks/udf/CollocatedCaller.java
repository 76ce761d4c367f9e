/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.udf;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One engine connection to a collocated UDF server, playing SingleStore's side (singlestore-server.md §3.3;
 * python-sdk-services.md §2.10, §2.11): two memfds, a 16-byte header ({@code u64} version 1, {@code u64} name
 * length), the function's name and both descriptors in one {@code sendmsg} with {@code SCM_RIGHTS}; then per batch
 * the ROWDAT_1 request written at offset 0 of the input file and its length sent as a {@code u64}, answered by
 * {@code u64} status and {@code u64} size, the response being the first size bytes of the output file; length 0
 * ends the session. Each answer is compared byte for byte with the expected one. The {@code u64}s are written and
 * read in the platform's order, little-endian on the x86-64 and aarch64 Linux the protocol runs on. Not
 * thread-safe.
 */
public final class CollocatedCaller implements AutoCloseable {

    private final UdfCase udf;
    private final int socket;
    private final int input;
    private final int output;
    private final FileChannel inputFile;
    private final FileChannel outputFile;
    private final ByteBuffer[] requests = new ByteBuffer[UdfCase.BATCHES];
    private final ByteBuffer[] responses = new ByteBuffer[UdfCase.BATCHES];
    private final Memory word = new Memory(16);
    private ByteBuffer answer = ByteBuffer.allocateDirect(1 << 16);

    /**
     * Connects and sends the handshake for the participant's function.
     *
     * @param udf  the participant (ROWDAT_1)
     * @param path the server's socket
     * @throws IOException when it cannot connect
     */
    public CollocatedCaller(UdfCase udf, Path path) throws IOException {
        this.udf = udf;
        this.socket = Libc.socket(Libc.AF_UNIX, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, 0);
        byte[] address = path.toString().getBytes(StandardCharsets.UTF_8);
        Memory sockaddr = new Memory(Libc.SOCKADDR_UN_SIZE);
        sockaddr.clear();
        sockaddr.setShort(0, (short) Libc.AF_UNIX);
        sockaddr.write(2, address, 0, address.length);
        try {
            Libc.connect(socket, sockaddr, 2 + address.length + 1);
        } catch (LastErrorException e) {
            Libc.close(socket);
            throw new IOException("connect to " + path + " failed: errno " + e.getErrorCode(), e);
        }
        this.input = Libc.memfd_create("s2r-bench-input", Libc.MFD_CLOEXEC);
        this.output = Libc.memfd_create("s2r-bench-output", Libc.MFD_CLOEXEC);
        this.inputFile = FileChannel.open(proc(input), StandardOpenOption.WRITE);
        this.outputFile = FileChannel.open(proc(output), StandardOpenOption.READ);
        for (int k = 0; k < UdfCase.BATCHES; k++) {
            requests[k] = direct(udf.request(k));
            responses[k] = direct(udf.response(k));
        }
        handshake(udf.function().name().getBytes(StandardCharsets.UTF_8));
    }

    private static Path proc(int fd) {
        return Path.of("/proc/self/fd", Integer.toString(fd));
    }

    private static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
    }

    private void handshake(byte[] name) throws IOException {
        word.setLong(0, 1);
        word.setLong(8, name.length);
        sendAll(word, 16);
        Memory data = new Memory(name.length);
        data.write(0, name, 0, name.length);
        Memory iovec = new Memory(16);
        iovec.setPointer(0, data);
        iovec.setLong(8, name.length);
        int cmsgLength = 16 + 4 * 2;
        Memory control = new Memory((cmsgLength + 7) & ~7);
        control.clear();
        control.setLong(0, cmsgLength);
        control.setInt(8, Libc.SOL_SOCKET);
        control.setInt(12, Libc.SCM_RIGHTS);
        control.setInt(16, input);
        control.setInt(20, output);
        Memory header = new Memory(56);
        header.clear();
        header.setPointer(16, iovec);
        header.setLong(24, 1);
        header.setPointer(32, control);
        header.setLong(40, control.size());
        try {
            Libc.sendmsg(socket, header, Libc.MSG_NOSIGNAL);
        } catch (LastErrorException e) {
            throw new IOException("sendmsg failed: errno " + e.getErrorCode(), e);
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
        ByteBuffer request = requests[k % UdfCase.BATCHES].duplicate();
        int length = request.remaining();
        while (request.hasRemaining()) {
            inputFile.write(request, request.position());
        }
        word.setLong(0, length);
        sendAll(word, 8);
        receiveAll(word, 16);
        long status = word.getLong(0);
        long size = word.getLong(8);
        if (status != 200) {
            byte[] message = new byte[(int) size];
            Memory text = new Memory(Math.max(1, size));
            receiveAll(text, size);
            text.read(0, message, 0, message.length);
            throw new IllegalStateException(udf.name() + ": status " + status + ": "
                + new String(message, StandardCharsets.UTF_8));
        }
        if (size > answer.capacity()) {
            answer = ByteBuffer.allocateDirect((int) size);
        }
        answer.clear().limit((int) size);
        while (answer.hasRemaining() && outputFile.read(answer, answer.position()) >= 0) {
            // until the whole answer is read
        }
        answer.flip();
        if (!answer.equals(responses[k % UdfCase.BATCHES])) {
            throw new IllegalStateException(udf.name() + ": batch " + k + " answered " + size
                + " bytes that differ from the expected " + responses[k % UdfCase.BATCHES].remaining());
        }
    }

    private void sendAll(Memory buffer, long length) throws IOException {
        long done = 0;
        try {
            while (done < length) {
                done += Libc.send(socket, buffer.share(done), length - done, Libc.MSG_NOSIGNAL);
            }
        } catch (LastErrorException e) {
            throw new IOException("send failed: errno " + e.getErrorCode(), e);
        }
    }

    private void receiveAll(Memory buffer, long length) throws IOException {
        long done = 0;
        try {
            while (done < length) {
                long n = Libc.recv(socket, buffer.share(done), length - done, 0);
                if (n == 0) {
                    throw new IOException("the server closed the connection");
                }
                done += n;
            }
        } catch (LastErrorException e) {
            throw new IOException("recv failed: errno " + e.getErrorCode(), e);
        }
    }

    /** Ends the session with length 0 and closes the socket and both files. */
    @Override
    public void close() throws IOException {
        try {
            word.setLong(0, 0);
            sendAll(word, 8);
        } catch (IOException e) {
            // the server is gone already
        } finally {
            inputFile.close();
            outputFile.close();
            Libc.close(socket);
            Libc.close(input);
            Libc.close(output);
        }
    }
}
