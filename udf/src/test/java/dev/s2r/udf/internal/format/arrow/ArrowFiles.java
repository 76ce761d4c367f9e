/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format.arrow;

import dev.s2r.udf.internal.batch.Column;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.WriteChannel;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowFooter;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.Text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds Arrow IPC bodies from Arrow vectors with Arrow's message serializer and footer, apart from the codec under
 * test, as the engine sends them (python-sdk-services.md §2.9: an IPC file, row ids in column 0, then the
 * arguments). Arrow's {@code ArrowFileWriter} cannot run here: it needs {@code --add-opens java.base/java.nio}, which
 * the test JVM does not have (see the root pom's test.argLine).
 */
public final class ArrowFiles {

    private ArrowFiles() {
    }

    /**
     * @param vectors the columns, filled and with their value counts set (closed here)
     * @return an IPC file of one record batch holding them
     */
    public static byte[] file(FieldVector... vectors) {
        try (VectorSchemaRoot root = root(vectors)) {
            return write(root, true, null);
        }
    }

    /**
     * @param vectors the columns, filled and with their value counts set (closed here)
     * @return an IPC stream (not a file) of one record batch holding them
     */
    static byte[] stream(FieldVector... vectors) {
        try (VectorSchemaRoot root = root(vectors)) {
            return write(root, false, null);
        }
    }

    /**
     * @param root the columns, filled with the first batch (not closed here)
     * @param refill called once after the first batch is written, to fill the root with the second
     * @return an IPC file of two record batches
     */
    static byte[] fileOfTwoBatches(VectorSchemaRoot root, Consumer<VectorSchemaRoot> refill) {
        return write(root, true, refill);
    }

    private static VectorSchemaRoot root(FieldVector... vectors) {
        VectorSchemaRoot root = new VectorSchemaRoot(Arrays.asList(vectors));
        root.setRowCount(vectors.length == 0 ? 0 : vectors[0].getValueCount());
        return root;
    }

    private static byte[] write(VectorSchemaRoot root, boolean file, Consumer<VectorSchemaRoot> refill) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WriteChannel out = new StreamWriteChannel(bytes);
        try {
            if (file) {
                out.write("ARROW1\0\0".getBytes(StandardCharsets.US_ASCII));
            }
            MessageSerializer.serialize(out, root.getSchema());
            List<ArrowBlock> blocks = new ArrayList<>();
            blocks.add(writeBatch(out, root));
            if (refill != null) {
                refill.accept(root);
                blocks.add(writeBatch(out, root));
            }
            out.writeIntLittleEndian(-1);
            out.writeIntLittleEndian(0);
            if (file) {
                long footerStart = out.getCurrentPosition();
                out.write(new ArrowFooter(root.getSchema(), List.of(), blocks), false);
                out.writeIntLittleEndian((int) (out.getCurrentPosition() - footerStart));
                out.write("ARROW1".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ArrowBlock writeBatch(WriteChannel out, VectorSchemaRoot root) throws IOException {
        try (ArrowRecordBatch batch = new VectorUnloader(root).getRecordBatch()) {
            return MessageSerializer.serialize(out, batch);
        }
    }

    /**
     * Reads the schema of an Arrow IPC file from its footer.
     *
     * @param body the file (not released here)
     * @return the schema
     */
    public static Schema schema(ByteBuf body) {
        byte[] bytes = ByteBufUtil.getBytes(body);
        int footerLength = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(bytes.length - 10);
        ByteBuffer footer = ByteBuffer.wrap(bytes, bytes.length - 10 - footerLength, footerLength).slice()
            .order(ByteOrder.LITTLE_ENDIAN);
        return new ArrowFooter(Footer.getRootAsFooter(footer)).getSchema();
    }

    /**
     * Reads an Arrow IPC file with Arrow's own footer, message and vector loader, apart from the codec under test:
     * each record batch's metadata is parsed from its flatbuffer and its body copied into Arrow memory (no NIO view
     * of Arrow memory, which would need {@code --add-opens}).
     *
     * @param file the file
     * @return each column's name and its values over every record batch ({@code Text} as {@code String},
     *         {@code null} for a NULL)
     */
    public static Map<String, List<Object>> read(byte[] file) {
        ByteBuffer bytes = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int footerLength = bytes.getInt(file.length - 10);
        ByteBuffer footerBytes = ByteBuffer.wrap(file, file.length - 10 - footerLength, footerLength).slice()
            .order(ByteOrder.LITTLE_ENDIAN);
        ArrowFooter footer = new ArrowFooter(Footer.getRootAsFooter(footerBytes));
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        footer.getSchema().getFields().forEach(field -> columns.put(field.getName(), new ArrayList<>()));
        try (RootAllocator allocator = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(footer.getSchema(), allocator)) {
            for (ArrowBlock block : footer.getRecordBatches()) {
                int at = (int) block.getOffset();
                int prefix = bytes.getInt(at) == -1 ? 8 : 4;
                int messageLength = bytes.getInt(at + prefix - 4);
                Message message = Message.getRootAsMessage(ByteBuffer.wrap(file, at + prefix, messageLength).slice()
                    .order(ByteOrder.LITTLE_ENDIAN));
                ArrowBuf body = allocator.buffer(block.getBodyLength());
                body.setBytes(0, file, at + block.getMetadataLength(), block.getBodyLength());
                // the record batch takes the body over
                try (ArrowRecordBatch batch = MessageSerializer.deserializeRecordBatch(message, body)) {
                    new VectorLoader(root).load(batch);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (FieldVector vector : root.getFieldVectors()) {
                    for (int row = 0; row < root.getRowCount(); row++) {
                        Object value = vector.getObject(row);
                        columns.get(vector.getName()).add(value instanceof Text text ? text.toString() : value);
                    }
                }
            }
        }
        return columns;
    }

    /** @return a heap buffer over the bytes, which the caller releases */
    static ByteBuf body(byte[] bytes) {
        return Unpooled.wrappedBuffer(bytes);
    }

    /**
     * @param column a batch's column
     * @return its rows as boxed values, {@code null} for a NULL row
     */
    static List<Object> values(Column column) {
        List<Object> values = new ArrayList<>(column.size());
        for (int row = 0; row < column.size(); row++) {
            if (column.isNull(row)) {
                values.add(null);
                continue;
            }
            values.add(switch (column.type().storage()) {
                case LONG -> column.getLong(row);
                case DOUBLE -> column.getDouble(row);
                case OBJECT -> column.getObject(row);
            });
        }
        return values;
    }

    /** Arrow's write channel into a stream, copying each Arrow buffer out byte by byte (no NIO view of it). */
    private static final class StreamWriteChannel extends WriteChannel {

        StreamWriteChannel(ByteArrayOutputStream out) {
            super(Channels.newChannel(out));
        }

        @Override
        public void write(ArrowBuf buffer) throws IOException {
            byte[] bytes = new byte[(int) buffer.readableBytes()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = buffer.getByte(buffer.readerIndex() + i);
            }
            write(bytes);
        }
    }
}
