/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format.arrow;

import dev.s2r.udf.internal.batch.MalformedBatchException;
import io.netty.buffer.ByteBuf;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.WriteChannel;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowFooter;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.MessageSerializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The framing of an Arrow IPC file, between Netty buffers and Arrow's own message (de)serializers: magic
 * {@code ARROW1} and padding, the schema and record batch messages, an end-of-stream marker, the footer (the
 * schema and where each record batch lies), its int32 length and the magic again.
 * <p>
 * Arrow's {@code ArrowFileReader} and {@code ArrowFileWriter} move record batch bodies through
 * {@code ArrowBuf.nioBuffer}, which on Java 17 needs {@code --add-opens java.base/java.nio}; this class copies
 * bodies with {@code ArrowBuf.getBytes}/{@code setBytes} instead, so that an application needs no JVM flag (as with
 * the driver's {@code toArrow}). It also checks every length and offset against the body before reading or
 * allocating anything, so a hostile file cannot make it allocate more than the body's size.
 */
final class ArrowIpc {

    private static final byte[] MAGIC = "ARROW1".getBytes(StandardCharsets.US_ASCII);
    /** The magic and its padding to 8 bytes, before the first message. */
    private static final int HEAD = 8;
    /** The footer's int32 length and the magic, after the footer. */
    private static final int TAIL = Integer.BYTES + MAGIC.length;
    private static final int CONTINUATION = -1;
    private static final int CHUNK = 64 * 1024;

    private ArrowIpc() {
    }

    /** Where a file lies in a body, and its footer. */
    record Layout(int start, int footerStart, ArrowFooter footer) {
    }

    /**
     * Checks a body's magic at both ends and reads its footer.
     *
     * @param body the body, from its reader index to its writer index
     * @return the footer and where the messages may lie
     * @throws MalformedBatchException when the body is not an Arrow IPC file
     */
    static Layout layout(ByteBuf body) {
        int start = body.readerIndex();
        int size = body.readableBytes();
        if (size < HEAD + TAIL) {
            throw new MalformedBatchException("the body has " + size + " bytes, too few for an Arrow IPC file");
        }
        if (!magicAt(body, start)) {
            throw new MalformedBatchException(body.getIntLE(start) == CONTINUATION
                ? "the body is an Arrow IPC stream, not an Arrow IPC file (it does not start with ARROW1)"
                : "the body is not an Arrow IPC file: it does not start with ARROW1");
        }
        if (!magicAt(body, start + size - MAGIC.length)) {
            throw new MalformedBatchException("the Arrow IPC file is truncated: it does not end with ARROW1");
        }
        int footerLength = body.getIntLE(start + size - TAIL);
        int footerStart = size - TAIL - footerLength;
        if (footerLength <= 0 || footerStart < HEAD) {
            throw new MalformedBatchException("the Arrow IPC file's footer length " + footerLength
                + " does not fit its " + size + " bytes");
        }
        ByteBuffer footer = ByteBuffer.allocate(footerLength).order(ByteOrder.LITTLE_ENDIAN);
        body.getBytes(start + footerStart, footer);
        footer.flip();
        return new Layout(start, footerStart, new ArrowFooter(Footer.getRootAsFooter(footer)));
    }

    /**
     * Reads one record batch, copying its body into Arrow memory.
     *
     * @param body the request body
     * @param layout the body's layout
     * @param block where the record batch lies, from the footer
     * @param allocator where its buffers come from
     * @return the record batch, which owns the copied body and which the caller closes
     * @throws MalformedBatchException when the block does not lie within the file or is not a record batch
     * @throws IOException when Arrow cannot read the batch's metadata
     */
    static ArrowRecordBatch recordBatch(ByteBuf body, Layout layout, ArrowBlock block, BufferAllocator allocator)
        throws IOException {
        long offset = block.getOffset();
        int metadataLength = block.getMetadataLength();
        long bodyLength = block.getBodyLength();
        if (offset < HEAD || metadataLength < HEAD || bodyLength < 0
            || offset + metadataLength + bodyLength > layout.footerStart()) {
            throw new MalformedBatchException("a record batch of the Arrow IPC file lies outside it (offset " + offset
                + ", metadata " + metadataLength + " bytes, body " + bodyLength + " bytes)");
        }
        int at = layout.start() + (int) offset;
        int prefix = body.getIntLE(at) == CONTINUATION ? 2 * Integer.BYTES : Integer.BYTES;
        int messageLength = body.getIntLE(at + prefix - Integer.BYTES);
        if (messageLength <= 0 || messageLength > metadataLength - prefix) {
            throw new MalformedBatchException("a record batch's metadata length " + messageLength
                + " does not fit its block of " + metadataLength + " bytes");
        }
        ByteBuffer metadata = ByteBuffer.allocate(messageLength).order(ByteOrder.LITTLE_ENDIAN);
        body.getBytes(at + prefix, metadata);
        metadata.flip();
        Message message = Message.getRootAsMessage(metadata);
        if (message.headerType() != MessageHeader.RecordBatch || message.bodyLength() > bodyLength) {
            throw new MalformedBatchException("a record batch block of the Arrow IPC file holds another message");
        }
        ArrowBuf data = allocator.buffer(bodyLength);
        try {
            copy(body, at + metadataLength, data, bodyLength);
            return MessageSerializer.deserializeRecordBatch(message, data);
        } catch (IOException | RuntimeException e) {
            // the record batch takes the body over only when it is made
            if (data.getReferenceManager().getRefCount() > 0) {
                data.close();
            }
            throw e;
        }
    }

    private static boolean magicAt(ByteBuf body, int index) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (body.getByte(index + i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static void copy(ByteBuf from, int index, ArrowBuf to, long length) {
        if (from.hasArray()) {
            to.setBytes(0, from.array(), from.arrayOffset() + index, length);
            return;
        }
        byte[] chunk = new byte[(int) Math.min(CHUNK, length)];
        for (long done = 0; done < length; ) {
            int count = (int) Math.min(chunk.length, length - done);
            from.getBytes(index + (int) done, chunk, 0, count);
            to.setBytes(done, chunk, 0, count);
            done += count;
        }
    }

    /**
     * Writes an Arrow IPC file of one record batch, the root's rows.
     *
     * @param root the schema and rows
     * @param out where the file goes (from its writer index, which should be 0: offsets count from the file's start)
     * @throws IOException when Arrow cannot serialize the batch
     */
    static void write(VectorSchemaRoot root, ByteBuf out) throws IOException {
        WriteChannel channel = new CopyingWriteChannel(out);
        channel.write(MAGIC);
        channel.align();
        MessageSerializer.serialize(channel, root.getSchema());
        ArrowBlock block;
        try (ArrowRecordBatch batch = new VectorUnloader(root).getRecordBatch()) {
            block = MessageSerializer.serialize(channel, batch);
        }
        channel.writeIntLittleEndian(CONTINUATION);
        channel.writeIntLittleEndian(0);
        long footerStart = channel.getCurrentPosition();
        channel.write(new ArrowFooter(root.getSchema(), List.of(), List.of(block)), false);
        channel.writeIntLittleEndian((int) (channel.getCurrentPosition() - footerStart));
        channel.write(MAGIC);
    }

    /** Arrow's write channel, copying Arrow buffers out through a heap chunk instead of an NIO view of them. */
    private static final class CopyingWriteChannel extends WriteChannel {

        private byte[] chunk;

        CopyingWriteChannel(ByteBuf out) {
            super(new ByteBufWriteChannel(out));
        }

        @Override
        public void write(ArrowBuf buffer) throws IOException {
            long length = buffer.readableBytes();
            if (this.chunk == null && length > 0) {
                this.chunk = new byte[CHUNK];
            }
            for (long done = 0; done < length; ) {
                int count = (int) Math.min(CHUNK, length - done);
                buffer.getBytes(buffer.readerIndex() + done, this.chunk, 0, count);
                write(ByteBuffer.wrap(this.chunk, 0, count));
                done += count;
            }
        }
    }
}
