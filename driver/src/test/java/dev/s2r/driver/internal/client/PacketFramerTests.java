/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.TooLongFrameException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit tests for {@link PacketFramer}.
 */
final class PacketFramerTests {

    private static final int MAX = 0xFFFFFF;
    private static final long UNLIMITED = 1L << 30;

    /** Test data for the 16 MiB boundary, allocated once: 0xFFFFFF + 1000 pseudo-random bytes. */
    private static final byte[] LARGE = randomBytes(MAX + 1000);

    private final SequenceTracker sequence = new SequenceTracker();

    @Test
    void passesOnTheSinglePayloadOfOnePacket() {
        EmbeddedChannel channel = channel(UNLIMITED);

        channel.writeInbound(wire(packet(0, bytes(0x00, 0x00, 0x00, 0x02, 0x00))));

        assertThat(payloads(channel)).containsExactly(bytes(0x00, 0x00, 0x00, 0x02, 0x00));
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void passesOnAnEmptyPayload() {
        EmbeddedChannel channel = channel(UNLIMITED);

        channel.writeInbound(wire(packet(0, new byte[0])));

        ByteBuf payload = channel.readInbound();
        try {
            assertThat(payload.readableBytes()).isZero();
        } finally {
            payload.release();
        }
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void splitsSeveralPacketsInOneBuffer() {
        EmbeddedChannel channel = channel(UNLIMITED);

        channel.writeInbound(wire(packet(1, bytes(0x01)), packet(2, bytes(3, 'd', 'e', 'f')), packet(3, bytes(0xFE))));

        assertThat(payloads(channel)).containsExactly(bytes(0x01), bytes(3, 'd', 'e', 'f'), bytes(0xFE));
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void waitsForTheRestOfAPacketSplitAcrossReads() {
        EmbeddedChannel channel = channel(UNLIMITED);
        byte[] stream = concat(packet(0, bytes(1, 2, 3, 4, 5)));

        channel.writeInbound(wire(Arrays.copyOfRange(stream, 0, 6)));
        assertThat((Object) channel.readInbound()).isNull();
        channel.writeInbound(wire(Arrays.copyOfRange(stream, 6, stream.length)));

        assertThat(payloads(channel)).containsExactly(bytes(1, 2, 3, 4, 5));
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void producesTheSamePayloadsWhenTheStreamIsSplitAtAnyByteBoundary() {
        byte[][] expected = {bytes(0x03), new byte[0], randomBytes(300), bytes(0xFE, 0x00, 0x00, 0x02, 0x00)};
        byte[] stream = concat(packet(1, expected[0]), packet(2, expected[1]), packet(3, expected[2]),
            packet(4, expected[3]));

        for (int split = 1; split < stream.length; split++) {
            EmbeddedChannel channel = channel(UNLIMITED);
            channel.writeInbound(wire(Arrays.copyOfRange(stream, 0, split)));
            channel.writeInbound(wire(Arrays.copyOfRange(stream, split, stream.length)));

            assertThat(payloads(channel)).as("split at %d", split).containsExactly(expected);
            assertThat(channel.finish()).isFalse();
        }
    }

    @Test
    void producesTheSamePayloadsWhenTheStreamArrivesOneByteAtATime() {
        byte[][] expected = {randomBytes(70), bytes(0x00, 0x01, 0x00), new byte[0]};
        byte[] stream = concat(packet(0, expected[0]), packet(1, expected[1]), packet(2, expected[2]));
        EmbeddedChannel channel = channel(UNLIMITED);

        for (byte b : stream) {
            channel.writeInbound(wire(new byte[]{b}));
        }

        assertThat(payloads(channel)).containsExactly(expected);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void recordsTheSequenceIdOfEachReceivedPacket() {
        EmbeddedChannel channel = channel(UNLIMITED);

        channel.writeInbound(wire(packet(1, bytes(1)), packet(2, bytes(2)), packet(7, bytes(3))));
        payloads(channel);

        assertThat(this.sequence.next(false)).isEqualTo(8);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void joinsAPayloadOfExactly0xFFFFFFBytesEndedByAnEmptyPacket() {
        EmbeddedChannel channel = channel(UNLIMITED);

        channel.writeInbound(wire(header(MAX, 1), range(LARGE, 0, MAX), header(0, 2)));

        ByteBuf payload = channel.readInbound();
        try {
            assertThat(payload.readableBytes()).isEqualTo(MAX);
            assertThat(sameBytes(payload, 0, MAX)).isTrue();
        } finally {
            payload.release();
        }
        assertThat(this.sequence.next(false)).isEqualTo(3);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void joinsAPayloadLargerThan0xFFFFFFBytesFromTwoPackets() {
        EmbeddedChannel channel = channel(UNLIMITED);

        channel.writeInbound(wire(header(MAX, 5), range(LARGE, 0, MAX), header(1000, 6),
            range(LARGE, MAX, 1000), packet(7, bytes(0xFE, 0, 0, 2, 0))));

        ByteBuf payload = channel.readInbound();
        try {
            assertThat(payload.readableBytes()).isEqualTo(LARGE.length);
            assertThat(sameBytes(payload, 0, LARGE.length)).isTrue();
        } finally {
            payload.release();
        }
        assertThat(payloads(channel)).containsExactly(bytes(0xFE, 0, 0, 2, 0));
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void joinsALargePayloadDeliveredInSmallReads() {
        EmbeddedChannel channel = channel(UNLIMITED);
        ByteBuf stream = wire(header(MAX, 0), range(LARGE, 0, MAX), header(1000, 1),
            range(LARGE, MAX, 1000));

        try {
            while (stream.isReadable()) {
                channel.writeInbound(stream.readRetainedSlice(Math.min(stream.readableBytes(), 1 << 16)));
            }
        } finally {
            stream.release();
        }

        ByteBuf payload = channel.readInbound();
        try {
            assertThat(sameBytes(payload, 0, LARGE.length)).isTrue();
        } finally {
            payload.release();
        }
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void failsWithTooLongFrameExceptionWhenAJoinedPayloadExceedsMaxMessageSize() {
        EmbeddedChannel channel = channel(MAX + 10);

        assertThatThrownBy(() -> channel.writeInbound(wire(header(MAX, 1), range(LARGE, 0, MAX),
            header(11, 2), range(LARGE, MAX, 11))))
            .isInstanceOf(TooLongFrameException.class)
            .hasMessageContaining(String.valueOf(MAX + 10));
        assertThat((Object) channel.readInbound()).isNull();
        channel.finishAndReleaseAll();
    }

    @Test
    void acceptsAJoinedPayloadOfExactlyMaxMessageSize() {
        EmbeddedChannel channel = channel(MAX + 10);

        channel.writeInbound(wire(header(MAX, 1), range(LARGE, 0, MAX), header(10, 2),
            range(LARGE, MAX, 10)));

        ByteBuf payload = channel.readInbound();
        try {
            assertThat(payload.readableBytes()).isEqualTo(MAX + 10);
        } finally {
            payload.release();
        }
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void failsAsSoonAsTheFirstPacketOfAPayloadExceedsMaxMessageSize() {
        EmbeddedChannel channel = channel(1024);

        assertThatThrownBy(() -> channel.writeInbound(wire(header(MAX, 1), range(LARGE, 0, MAX))))
            .isInstanceOf(TooLongFrameException.class);
        channel.finishAndReleaseAll();
    }

    /**
     * Pins the documented behaviour (docs/driver.md: "Largest server payload that arrives split across 16 MiB
     * packets"): a payload that fits in one packet is never checked against {@code maxMessageSize}, even when
     * the limit is configured below 16 MiB.
     */
    @Test
    void rejectsASinglePacketPayloadAboveMaxMessageSize() {
        EmbeddedChannel channel = channel(1024);

        assertThatThrownBy(() -> channel.writeInbound(wire(packet(0, randomBytes(2000)))))
            .isInstanceOf(TooLongFrameException.class);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void finishReleasesAPartiallyReceivedPacket() {
        EmbeddedChannel channel = channel(UNLIMITED);
        ByteBuf partial = wire(Arrays.copyOf(concat(packet(0, bytes(1, 2, 3, 4, 5))), 7));
        partial.retain();

        channel.writeInbound(partial);

        assertThat(channel.finish()).isFalse();
        assertThat(partial.refCnt()).isEqualTo(1);
        partial.release();
    }

    @Test
    void finishReleasesThePacketsOfAnIncompleteLargePayload() {
        EmbeddedChannel channel = channel(UNLIMITED);
        ByteBuf first = wire(header(MAX, 0), range(LARGE, 0, MAX));
        first.retain();

        channel.writeInbound(first);
        assertThat((Object) channel.readInbound()).isNull();
        assertThat(first.refCnt()).isGreaterThan(1);

        assertThat(channel.finish()).isFalse();
        assertThat(first.refCnt()).isEqualTo(1);
        first.release();
    }

    @Test
    void eachPayloadHandedOnHoldsOneReferenceToTheInput() {
        EmbeddedChannel channel = channel(UNLIMITED);
        ByteBuf input = wire(packet(1, bytes(0x01)), packet(2, bytes(0x02)), packet(3, bytes(0x03)));
        input.retain();

        channel.writeInbound(input);
        List<ByteBuf> handedOn = new ArrayList<>();
        for (ByteBuf payload; (payload = channel.readInbound()) != null; ) {
            handedOn.add(payload);
        }

        assertThat(handedOn).hasSize(3);
        assertThat(input.refCnt()).as("the test's reference and one per payload").isEqualTo(4);
        handedOn.forEach(ByteBuf::release);
        assertThat(input.refCnt()).isEqualTo(1);
        input.release();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void payloadsSlicedBeforeAFailureStillHoldTheirReferences() {
        EmbeddedChannel channel = channel(8);
        ByteBuf input = wire(packet(1, bytes(0x01)), packet(2, new byte[9]));
        input.retain();

        assertThatThrownBy(() -> channel.writeInbound(input)).isInstanceOf(TooLongFrameException.class);
        ByteBuf first = channel.readInbound();

        assertThat(ByteBufUtil.getBytes(first)).containsExactly(0x01);
        assertThat(input.refCnt()).isEqualTo(2);
        first.release();
        assertThat(input.refCnt()).isEqualTo(1);
        input.release();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void packetsTakenInPlaceAreNotPassedOnAndKeepTheirPlaceAmongThoseThatAre() {
        List<String> events = new ArrayList<>();
        EmbeddedChannel channel = inPlaceChannel(events);

        channel.writeInbound(wire(packet(1, bytes('A')), packet(2, bytes('R', '1')), packet(3, bytes('R', '2')),
            packet(4, bytes('B')), packet(5, bytes('R', '3'))));

        assertThat(events).containsExactly("passed A", "in place R1", "in place R2", "passed B", "in place R3");
        assertThat(this.sequence.next(false)).as("every packet's sequence id is recorded").isEqualTo(6);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void packetsTakenInPlaceKeepTheirOrderWhenTheStreamIsSplitAtAnyByteBoundary() {
        byte[] stream = concat(packet(1, bytes('A')), packet(2, bytes('R', '1')), packet(3, bytes('B')),
            packet(4, bytes('R', '2')), packet(5, bytes('R', '3')), packet(6, bytes('C')));

        for (int split = 1; split < stream.length; split++) {
            List<String> events = new ArrayList<>();
            EmbeddedChannel channel = inPlaceChannel(events);
            channel.writeInbound(wire(Arrays.copyOfRange(stream, 0, split)));
            channel.writeInbound(wire(Arrays.copyOfRange(stream, split, stream.length)));

            assertThat(events).as("split at %d", split).containsExactly("passed A", "in place R1", "passed B",
                "in place R2", "in place R3", "passed C");
            assertThat(channel.finish()).isFalse();
        }
    }

    @Test
    void aPacketRefusedInPlaceIsPassedOnAsUsual() {
        List<String> events = new ArrayList<>();
        EmbeddedChannel channel = new EmbeddedChannel(new PacketFramer(this.sequence, UNLIMITED, null,
            new RecordingInPlace(events, false)), new RecordingHandler(events));

        channel.writeInbound(wire(packet(1, bytes('R', '1')), packet(2, bytes('A'))));

        assertThat(events).containsExactly("passed R1", "passed A");
        assertThat(channel.finish()).isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A framer that takes the packets starting with {@code R} in place, both kinds recorded in one list. */
    private EmbeddedChannel inPlaceChannel(List<String> events) {
        return new EmbeddedChannel(new PacketFramer(this.sequence, UNLIMITED, null, new RecordingInPlace(events, true)),
            new RecordingHandler(events));
    }

    /** Accepts (when told to) the packets whose payload starts with {@code R}, and records those it takes. */
    private static final class RecordingInPlace implements PacketFramer.InPlace {

        private final List<String> events;
        private final boolean accepting;

        RecordingInPlace(List<String> events, boolean accepting) {
            this.events = events;
            this.accepting = accepting;
        }

        @Override
        public boolean accepts(ByteBuf in, int index, int length) {
            return this.accepting && length > 0 && in.getByte(index) == 'R';
        }

        @Override
        public void take(ByteBuf in, int index, int length) {
            this.events.add("in place " + in.toString(index, length, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    /** Records and releases the payloads the framer passes on. */
    private static final class RecordingHandler extends io.netty.channel.ChannelInboundHandlerAdapter {

        private final List<String> events;

        RecordingHandler(List<String> events) {
            this.events = events;
        }

        @Override
        public void channelRead(io.netty.channel.ChannelHandlerContext ctx, Object msg) {
            ByteBuf payload = (ByteBuf) msg;
            try {
                this.events.add("passed " + payload.toString(java.nio.charset.StandardCharsets.US_ASCII));
            } finally {
                payload.release();
            }
        }
    }

    private EmbeddedChannel channel(long maxMessageSize) {
        return new EmbeddedChannel(new PacketFramer(this.sequence, maxMessageSize));
    }

    /** Reads and releases every payload waiting in the channel, returning their bytes. */
    private static List<byte[]> payloads(EmbeddedChannel channel) {
        List<byte[]> result = new ArrayList<>();
        ByteBuf payload;
        while ((payload = channel.readInbound()) != null) {
            try {
                result.add(ByteBufUtil.getBytes(payload));
            } finally {
                payload.release();
            }
        }
        return result;
    }

    private static byte[] packet(int sequenceId, byte[] payload) {
        byte[] packet = new byte[4 + payload.length];
        packet[0] = (byte) payload.length;
        packet[1] = (byte) (payload.length >>> 8);
        packet[2] = (byte) (payload.length >>> 16);
        packet[3] = (byte) sequenceId;
        System.arraycopy(payload, 0, packet, 4, payload.length);
        return packet;
    }

    private static byte[] header(int length, int sequenceId) {
        return new byte[]{(byte) length, (byte) (length >>> 8), (byte) (length >>> 16), (byte) sequenceId};
    }

    /** Copies the parts into one buffer from the pooled (leak-tracked) allocator. */
    private static ByteBuf wire(Object... parts) {
        int size = 0;
        for (Object part : parts) {
            size += part instanceof byte[] ? ((byte[]) part).length : ((Slice) part).length;
        }
        ByteBuf buf = ByteBufAllocator.DEFAULT.buffer(size);
        for (Object part : parts) {
            if (part instanceof byte[]) {
                buf.writeBytes((byte[]) part);
            } else {
                Slice slice = (Slice) part;
                buf.writeBytes(slice.array, slice.offset, slice.length);
            }
        }
        return buf;
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] out = new byte[size];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, offset, part.length);
            offset += part.length;
        }
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] randomBytes(int length) {
        byte[] out = new byte[length];
        new Random(length).nextBytes(out);
        return out;
    }

    /** A range of a byte array, copied into the wire buffer without an intermediate array. */
    private record Slice(byte[] array, int offset, int length) {
    }

    /** Whether the payload holds exactly {@code LARGE[offset, offset + length)}. */
    private static boolean sameBytes(ByteBuf payload, int offset, int length) {
        // one bulk copy: a byte-wise comparison would record a leak-detector access per read and take seconds
        byte[] actual = ByteBufUtil.getBytes(payload);
        return Arrays.equals(actual, 0, actual.length, LARGE, offset, offset + length);
    }

    private static Slice range(byte[] array, int offset, int length) {
        return new Slice(array, offset, length);
    }
}
