/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The engine's two shared-memory files of one connection: requests are read at offset 0 of the input file (mapped
 * read-only, remapped only when it has grown past the mapping), responses written at offset 0 of the output file,
 * which first grows to at least {@value #MIN_OUTPUT_SIZE} bytes and never shrinks (python-sdk-services.md §2.11).
 * Both are reopened through {@code /proc/self/fd}, so the received descriptors can be closed at once.
 */
final class SharedFiles implements Closeable {

    /** The size the output file is grown to at least before a response is written. */
    static final long MIN_OUTPUT_SIZE = 128 * 1024;

    private final FileChannel input;
    private final RandomAccessFile output;
    private MappedByteBuffer mapped;

    private SharedFiles(FileChannel input, RandomAccessFile output) {
        this.input = input;
        this.output = output;
    }

    /**
     * @param inputFd the received input descriptor (left open: the caller closes it)
     * @param outputFd the received output descriptor (left open: the caller closes it)
     * @return the files
     * @throws IOException when either cannot be opened
     */
    static SharedFiles open(int inputFd, int outputFd) throws IOException {
        FileChannel input = FileChannel.open(procFd(inputFd), StandardOpenOption.READ);
        try {
            return new SharedFiles(input, new RandomAccessFile(procFd(outputFd).toFile(), "rw"));
        }
        catch (IOException | RuntimeException ex) {
            input.close();
            throw ex;
        }
    }

    private static Path procFd(int fd) {
        return Path.of("/proc/self/fd", Integer.toString(fd));
    }

    /**
     * @param length the request's length, as the engine announced it
     * @return the first {@code length} bytes of the input file, read-only; valid until the next call
     * @throws IOException when the file is shorter than {@code length} or cannot be mapped
     */
    ByteBuf request(long length) throws IOException {
        if (length < 0) {
            throw new IOException("the engine announced " + Long.toUnsignedString(length) + " bytes");
        }
        if (this.mapped == null || this.mapped.capacity() < length) {
            long size = this.input.size();
            if (length > size) {
                throw new IOException("the engine announced " + length + " bytes but the input file holds " + size);
            }
            if (length > Integer.MAX_VALUE) {
                throw new IOException("a request of " + length + " bytes is over the 2 GiB limit");
            }
            this.mapped = this.input.map(FileChannel.MapMode.READ_ONLY, 0, Math.min(size, Integer.MAX_VALUE));
        }
        ByteBuffer view = this.mapped.duplicate();
        view.limit((int) length);
        return Unpooled.wrappedBuffer(view);
    }

    /**
     * Writes a response at offset 0, growing the file to {@code max(128 KiB, n)} first when it is smaller.
     *
     * @param body the response; its reader index is left unchanged
     * @throws IOException when the file cannot grow or be written
     */
    void respond(ByteBuf body) throws IOException {
        int n = body.readableBytes();
        long needed = Math.max(MIN_OUTPUT_SIZE, n);
        if (this.output.length() < needed) {
            this.output.setLength(needed);
        }
        FileChannel channel = this.output.getChannel();
        long position = 0;
        for (ByteBuffer buffer : body.nioBuffers()) {
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
        }
    }

    @Override
    public void close() throws IOException {
        this.mapped = null;
        try {
            this.input.close();
        }
        finally {
            this.output.close();
        }
    }
}
