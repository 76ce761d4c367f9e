/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.message.client.ClientMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit tests for {@link PacketEncoder}.
 */
final class PacketEncoderTests {

    private static final int MAX = 0xFFFFFF;

    private final SequenceTracker sequence = new SequenceTracker();

    private final EmbeddedChannel channel = new EmbeddedChannel(new PacketEncoder(this.sequence));

    @Test
    void writesASmallCommandAsOnePacketWithSequenceIdZero() {
        this.channel.writeOutbound(new Message(true, bytes(0x03, 'S', 'E', 'L')));

        assertThat(readAllOutbound()).containsExactly(0x04, 0x00, 0x00, 0x00, 0x03, 'S', 'E', 'L');
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void writesTheLengthAsThreeLittleEndianBytes() {
        byte[] payload = randomBytes(0x01_02_03);

        this.channel.writeOutbound(new Message(true, payload));

        byte[] written = readAllOutbound();
        assertThat(written).startsWith(0x03, 0x02, 0x01, 0x00);
        assertThat(written).hasSize(4 + 0x01_02_03);
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void startsEveryCommandAtSequenceIdZeroWhateverWasReceived() {
        this.sequence.received(5);

        this.channel.writeOutbound(new Message(true, bytes(0x0E)));

        assertThat(readAllOutbound()).containsExactly(0x01, 0x00, 0x00, 0x00, 0x0E);
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void continuesAnExchangeWithTheLastReceivedSequenceIdPlusOne() {
        this.sequence.received(1);

        this.channel.writeOutbound(new Message(false, bytes(0xAA, 0xBB)));

        assertThat(readAllOutbound()).containsExactly(0x02, 0x00, 0x00, 0x02, 0xAA, 0xBB);
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void wrapsTheContinuationSequenceIdAfter255() {
        this.sequence.received(255);

        this.channel.writeOutbound(new Message(false, bytes(0x01)));

        assertThat(readAllOutbound()).containsExactly(0x01, 0x00, 0x00, 0x00, 0x01);
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void writesAnEmptyPayloadAsAHeaderOnly() {
        this.sequence.received(3);

        this.channel.writeOutbound(new Message(false, new byte[0]));

        assertThat(readAllOutbound()).containsExactly(0x00, 0x00, 0x00, 0x04);
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void splitsAPayloadOfExactly0xFFFFFFBytesIntoAFullPacketAndAnEmptyOne() {
        byte[] payload = randomBytes(MAX);

        this.channel.writeOutbound(new Message(true, payload));

        List<Packet> packets = Packet.parse(readAllOutbound());
        assertThat(packets).extracting(Packet::length).containsExactly(MAX, 0);
        assertThat(packets).extracting(Packet::sequenceId).containsExactly(0, 1);
        assertThat(Packet.join(packets)).isEqualTo(payload);
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void splitsAPayloadOfTwice0xFFFFFFPlusFiveBytesIntoThreePacketsWithIncreasingSequenceIds() {
        byte[] payload = randomBytes(MAX * 2 + 5);

        this.channel.writeOutbound(new Message(true, payload));

        List<Packet> packets = Packet.parse(readAllOutbound());
        assertThat(packets).extracting(Packet::length).containsExactly(MAX, MAX, 5);
        assertThat(packets).extracting(Packet::sequenceId).containsExactly(0, 1, 2);
        assertThat(Packet.join(packets)).isEqualTo(payload);
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void continuesTheSequenceOfASplitContinuationMessageFromTheLastReceivedId() {
        this.sequence.received(2);
        byte[] payload = randomBytes(MAX + 1);

        this.channel.writeOutbound(new Message(false, payload));

        List<Packet> packets = Packet.parse(readAllOutbound());
        assertThat(packets).extracting(Packet::sequenceId).containsExactly(3, 4);
        assertThat(Packet.join(packets)).isEqualTo(payload);
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void leavesTheTrackerAtTheLastSentSequenceId() {
        this.channel.writeOutbound(new Message(true, randomBytes(MAX * 2 + 5)));
        readAllOutbound();

        assertThat(this.sequence.next(false)).isEqualTo(3);
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void passesOnMessagesThatAreNotClientMessages() {
        ByteBuf raw = ByteBufAllocator.DEFAULT.buffer().writeBytes(bytes(1, 2, 3));

        this.channel.writeOutbound(raw);

        assertThat(readAllOutbound()).containsExactly(1, 2, 3);
        assertThat(this.channel.finish()).isFalse();
    }

    @Test
    void failsTheWriteAndReleasesTheBufferWhenEncodingFails() {
        ClientMessage failing = out -> {
            out.writeBytes(randomBytes(100));
            throw new IllegalArgumentException("cannot encode");
        };

        assertThatThrownBy(() -> this.channel.writeOutbound(failing))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("cannot encode");
        assertThat((Object) this.channel.readOutbound()).isNull();
        assertThat(this.channel.finish()).isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Reads and releases every outbound buffer, returning their bytes joined. */
    private byte[] readAllOutbound() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuf buf;
        while ((buf = this.channel.readOutbound()) != null) {
            try {
                out.writeBytes(ByteBufUtil.getBytes(buf));
            } finally {
                buf.release();
            }
        }
        return out.toByteArray();
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

    /** A client message with a fixed payload. */
    private record Message(boolean command, byte[] payload) implements ClientMessage {

        @Override
        public void encode(ByteBuf out) {
            out.writeBytes(this.payload);
        }

        @Override
        public boolean isCommand() {
            return this.command;
        }
    }

    /** One packet parsed back from the written bytes. */
    private record Packet(int length, int sequenceId, byte[] payload) {

        static List<Packet> parse(byte[] wire) {
            List<Packet> packets = new ArrayList<>();
            int index = 0;
            while (index < wire.length) {
                int length = (wire[index] & 0xFF) | (wire[index + 1] & 0xFF) << 8 | (wire[index + 2] & 0xFF) << 16;
                int start = index + 4;
                packets.add(new Packet(length, wire[index + 3] & 0xFF, Arrays.copyOfRange(wire, start, start + length)));
                index = start + length;
            }
            assertThat(index).as("packets end exactly at the end of the written bytes").isEqualTo(wire.length);
            return packets;
        }

        static byte[] join(List<Packet> packets) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            packets.forEach(packet -> out.writeBytes(packet.payload));
            return out.toByteArray();
        }
    }
}
