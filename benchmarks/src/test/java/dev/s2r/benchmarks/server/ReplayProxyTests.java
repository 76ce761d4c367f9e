/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.server;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the replay proxy frames packets and recognises the end of a recorded text result. */
class ReplayProxyTests {

    private static byte[] packet(int sequence, int... payload) {
        byte[] p = new byte[4 + payload.length];
        p[0] = (byte) payload.length;
        p[1] = (byte) (payload.length >> 8);
        p[2] = (byte) (payload.length >> 16);
        p[3] = (byte) sequence;
        for (int i = 0; i < payload.length; i++) {
            p[4 + i] = (byte) payload[i];
        }
        return p;
    }

    private static final byte[] EOF = packet(0, 0xFE, 0, 0, 2, 0);
    private static final byte[] OK_AS_EOF = packet(0, 0xFE, 0, 0, 2, 0, 0, 0);
    private static final byte[] ROW = packet(0, 1, '7', 2, 'a', 'b');
    private static final byte[] COLUMN = packet(0, 3, 'd', 'e', 'f');

    @Test
    void aResultWithTheIntermediateEofEndsAtTheSecondEof() {
        ReplayProxy.ResultRecorder recorder = new ReplayProxy.ResultRecorder();

        assertThat(recorder.add(packet(1, 2))).isFalse();
        assertThat(recorder.add(COLUMN)).isFalse();
        assertThat(recorder.add(COLUMN)).isFalse();
        assertThat(recorder.add(EOF)).isFalse();
        assertThat(recorder.add(ROW)).isFalse();
        assertThat(recorder.add(ROW)).isFalse();
        assertThat(recorder.add(EOF)).isTrue();
        assertThat(recorder.bytes()).hasSize(5 + 2 * COLUMN.length + 2 * EOF.length + 2 * ROW.length);
    }

    @Test
    void aResultWithoutTheIntermediateEofEndsAtTheOkThatClosesIt() {
        ReplayProxy.ResultRecorder recorder = new ReplayProxy.ResultRecorder();

        recorder.add(packet(1, 1));
        recorder.add(COLUMN);
        assertThat(recorder.add(ROW)).isFalse();
        assertThat(recorder.add(OK_AS_EOF)).isTrue();
    }

    @Test
    void anErrorInTheRowsEndsTheResult() {
        ReplayProxy.ResultRecorder recorder = new ReplayProxy.ResultRecorder();
        recorder.add(packet(1, 1));
        recorder.add(COLUMN);
        recorder.add(ROW);

        assertThat(recorder.add(packet(3, 0xFF, 0x15, 0x04))).isTrue();
    }

    @Test
    void anOkOrErrorInsteadOfAResultIsNotRecorded() {
        ReplayProxy.ResultRecorder ok = new ReplayProxy.ResultRecorder();
        ReplayProxy.ResultRecorder error = new ReplayProxy.ResultRecorder();

        assertThat(ok.add(packet(1, 0x00, 0, 0, 2, 0, 0, 0))).isFalse();
        assertThat(error.add(packet(1, 0xFF, 0x15, 0x04))).isFalse();

        assertThat(ok.abandoned()).isTrue();
        assertThat(error.abandoned()).isTrue();
    }

    @Test
    void aColumnCountAboveTwoHundredFiftyIsReadAsALengthEncodedInteger() {
        ReplayProxy.ResultRecorder recorder = new ReplayProxy.ResultRecorder();
        recorder.add(packet(1, 0xFC, 0x2C, 0x01));
        for (int i = 0; i < 300; i++) {
            assertThat(recorder.add(COLUMN)).isFalse();
        }
        assertThat(recorder.add(ROW)).isFalse();
        assertThat(recorder.add(OK_AS_EOF)).isTrue();
    }

    @Test
    void packetsAreReadWholeWithTheirHeaders() throws IOException {
        byte[] two = new byte[ROW.length + EOF.length];
        System.arraycopy(ROW, 0, two, 0, ROW.length);
        System.arraycopy(EOF, 0, two, ROW.length, EOF.length);
        ByteArrayInputStream in = new ByteArrayInputStream(two);

        assertThat(ReplayProxy.readPacket(in)).isEqualTo(ROW);
        assertThat(ReplayProxy.readPacket(in)).isEqualTo(EOF);
        assertThatThrownBy(() -> ReplayProxy.readPacket(in)).isInstanceOf(EOFException.class);
    }

    @Test
    void aPacketCutShortIsAnEndOfStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(java.util.Arrays.copyOf(ROW, ROW.length - 1));

        assertThatThrownBy(() -> ReplayProxy.readPacket(in)).isInstanceOf(EOFException.class)
            .hasMessageContaining("inside a packet");
    }
}
