/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds Data API bodies to a {@link DataApiResponseDecoder} in chunks, as an HTTP client receives them: each chunk
 * a pooled direct buffer (or a slice of a larger heap buffer), released right after {@code feed} returns, so that
 * Netty's leak detector sees any chunk the decoder kept.
 */
final class Answers {

    private Answers() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** @return a new decoder for the endpoint */
    static DataApiResponseDecoder decoder(boolean exec) {
        return exec ? DataApiResponseDecoder.exec() : DataApiResponseDecoder.queryTuples();
    }

    /** Decodes a body fed in one chunk. */
    static List<ServerMessage> decode(boolean exec, byte[] body) {
        return decode(exec, body, new int[0]);
    }

    /**
     * Decodes a body fed in chunks that end at the given positions (ascending, each between 0 and the length).
     */
    static List<ServerMessage> decode(boolean exec, byte[] body, int... splits) {
        DataApiResponseDecoder decoder = decoder(exec);
        List<ServerMessage> messages = new ArrayList<>();
        try {
            int from = 0;
            for (int split : splits) {
                feed(decoder, body, from, split, messages);
                from = split;
            }
            feed(decoder, body, from, body.length, messages);
            decoder.end(messages::add);
            return messages;
        } catch (RuntimeException e) {
            release(messages);
            throw e;
        }
    }

    /** Decodes a body fed one byte at a time, alternating direct and heap chunks. */
    static List<ServerMessage> decodeBytewise(boolean exec, byte[] body) {
        DataApiResponseDecoder decoder = decoder(exec);
        List<ServerMessage> messages = new ArrayList<>();
        try {
            for (int i = 0; i < body.length; i++) {
                if (i % 2 == 0) {
                    feed(decoder, body, i, i + 1, messages);
                } else {
                    feedHeap(decoder, body, i, i + 1, messages);
                }
            }
            decoder.end(messages::add);
            return messages;
        } catch (RuntimeException e) {
            release(messages);
            throw e;
        }
    }

    /** Feeds {@code body[from, to)} as a pooled direct buffer, released after the call. */
    static void feed(DataApiResponseDecoder decoder, byte[] body, int from, int to, List<ServerMessage> out) {
        feed(decoder, body, from, to, out::add);
    }

    /** Feeds {@code body[from, to)} as a pooled direct buffer, released after the call. */
    static void feed(DataApiResponseDecoder decoder, byte[] body, int from, int to,
                     Consumer<? super ServerMessage> out) {
        ByteBuf chunk = ByteBufAllocator.DEFAULT.directBuffer(to - from + 3);
        try {
            chunk.writeBytes(new byte[]{9, 9, 9}).skipBytes(3);
            chunk.writeBytes(body, from, to - from);
            int reader = chunk.readerIndex();
            int writer = chunk.writerIndex();
            decoder.feed(chunk, out);
            assertThat(chunk.readerIndex()).as("reader index left alone").isEqualTo(reader);
            assertThat(chunk.writerIndex()).as("writer index left alone").isEqualTo(writer);
            assertThat(chunk.refCnt()).as("chunk not retained").isEqualTo(1);
        } finally {
            chunk.release();
        }
    }

    /** Feeds {@code body[from, to)} as a slice in the middle of a heap buffer (a non-zero array offset). */
    static void feedHeap(DataApiResponseDecoder decoder, byte[] body, int from, int to, List<ServerMessage> out) {
        ByteBuf whole = Unpooled.buffer(to - from + 10);
        whole.writeBytes(new byte[5]).writeBytes(body, from, to - from).writeBytes(new byte[5]);
        ByteBuf chunk = whole.slice(5, to - from);
        try {
            decoder.feed(chunk, out::add);
        } finally {
            whole.release();
        }
    }

    /**
     * @return the messages in a comparable form: each row as the hex of its bytes (and released), the others as
     *     their text (which names every field)
     */
    static List<String> describe(List<ServerMessage> messages) {
        List<String> described = new ArrayList<>(messages.size());
        for (ServerMessage message : messages) {
            if (message instanceof RowMessage) {
                RowMessage row = (RowMessage) message;
                described.add("Row " + ByteBufUtil.hexDump(row.payload()));
                assertThat(row.release()).isTrue();
                assertThat(row.refCnt()).isZero();
            } else {
                described.add(message.toString());
            }
        }
        return described;
    }

    /** Releases the rows among the messages. */
    static void release(List<ServerMessage> messages) {
        for (ServerMessage message : messages) {
            if (message instanceof RowMessage && ((RowMessage) message).refCnt() > 0) {
                ((RowMessage) message).release();
            }
        }
    }

    /**
     * A text-protocol row as a MySQL server sends it.
     *
     * @param cells each a {@code String} (its UTF-8 bytes), a {@code byte[]}, or {@code null} for SQL NULL
     * @return the row's hex, as {@link #describe} writes it
     */
    static String textRow(Object... cells) {
        ByteBuf row = Unpooled.buffer();
        for (Object cell : cells) {
            if (cell == null) {
                row.writeByte(LengthEncoded.NULL_MARKER);
            } else if (cell instanceof String) {
                LengthEncoded.writeBytes(row, utf8((String) cell));
            } else {
                LengthEncoded.writeBytes(row, (byte[]) cell);
            }
        }
        return "Row " + ByteBufUtil.hexDump(row);
    }
}
