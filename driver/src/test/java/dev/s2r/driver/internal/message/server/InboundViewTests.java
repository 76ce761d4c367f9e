/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link InboundView}: a row sliced from the framer's current input reads its bytes through the shared window, at
 * the same bytes; anything else (another buffer, heap memory, a buffer whose memory moved) reads from its own
 * payload.
 */
class InboundViewTests {

    private final InboundView view = new InboundView();
    private final List<ByteBuf> buffers = new ArrayList<>();

    private ByteBuf direct(String text) {
        ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(64).writeBytes(text.getBytes());
        this.buffers.add(buf);
        return buf;
    }

    @AfterEach
    void release() {
        this.buffers.forEach(ByteBuf::release);
    }

    private static String cells(RowMessage row) {
        return row.cells().toString(row.cellsStart(), row.cellsEnd() - row.cellsStart(),
            java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void aRowSlicedFromTheCurrentInputReadsThroughTheWindow() {
        ByteBuf in = direct("hdr-row-one|row-two");
        this.view.source(in);
        in.skipBytes(4);
        RowMessage row = new RowMessage(in.readRetainedSlice(7), false, null, this.view);
        try {
            assertThat(row.cells()).isNotSameAs(row.payload());
            assertThat(cells(row)).isEqualTo("row-one");
        } finally {
            row.release();
        }
    }

    @Test
    void aPayloadWhoseReaderIndexMovedStartsAtItsFirstReadableByte() {
        ByteBuf in = direct("xxrow");
        this.view.source(in);
        ByteBuf payload = in.retainedSlice(0, 5);
        payload.skipBytes(2);
        RowMessage row = new RowMessage(payload, false, null, this.view);
        try {
            assertThat(cells(row)).isEqualTo("row");
        } finally {
            row.release();
        }
    }

    @Test
    void aPayloadFromAnotherBufferReadsFromItself() {
        this.view.source(direct("current"));
        ByteBuf other = direct("other");
        RowMessage row = new RowMessage(other.retainedSlice(0, 5), false, null, this.view);
        try {
            assertThat(row.cells()).isSameAs(row.payload());
            assertThat(cells(row)).isEqualTo("other");
        } finally {
            row.release();
        }
    }

    @Test
    void heapInputHasNoWindow() {
        ByteBuf in = Unpooled.copiedBuffer("heap".getBytes());
        this.view.source(in);
        RowMessage row = new RowMessage(in.retainedSlice(0, 4), false, null, this.view);
        try {
            assertThat(row.cells()).isSameAs(row.payload());
        } finally {
            row.release();
            in.release();
        }
    }

    @Test
    void theWindowFollowsTheInputWhenItsMemoryMoves() {
        ByteBuf in = direct("abc");
        this.view.source(in);
        in.capacity(4096).writeBytes(ByteBufUtil.decodeHexDump("4142"));
        this.view.source(in);
        RowMessage row = new RowMessage(in.retainedSlice(3, 2), false, null, this.view);
        try {
            assertThat(cells(row)).isEqualTo("AB");
        } finally {
            row.release();
        }
    }

    @Test
    void afterClearRowsReadFromTheirPayload() {
        ByteBuf in = direct("row");
        this.view.source(in);
        this.view.clear();
        RowMessage row = new RowMessage(in.retainedSlice(0, 3), false, null, this.view);
        try {
            assertThat(row.cells()).isSameAs(row.payload());
        } finally {
            row.release();
        }
    }

    /** A row as the framer makes it: a plain slice, with its reference taken on the input. */
    private RowMessage rowOf(ByteBuf in, int index, int length) {
        in.retain();
        return new RowMessage(in.slice(index, length), false, null, this.view);
    }

    @Test
    void rowsReleasedDuringAReadGiveBackTheirReferencesWhenTheReadEnds() {
        ByteBuf in = direct("one|two|six");
        this.view.source(in);
        this.view.beginRead();
        RowMessage one = rowOf(in, 0, 3);
        RowMessage two = rowOf(in, 4, 3);

        one.release();
        two.release();
        assertThat(in.refCnt()).as("batched until the read ends").isEqualTo(3);

        this.view.endRead();
        assertThat(in.refCnt()).isEqualTo(1);
    }

    @Test
    void aRowReleasedOutsideAReadGivesBackItsReferenceAtOnce() {
        ByteBuf in = direct("one");
        this.view.source(in);
        RowMessage one = rowOf(in, 0, 3);

        one.release();

        assertThat(in.refCnt()).isEqualTo(1);
    }

    @Test
    void aRowReleasedOnAnotherThreadDuringAReadGivesBackItsReferenceAtOnce() throws Exception {
        ByteBuf in = direct("one");
        this.view.source(in);
        this.view.beginRead();
        RowMessage one = rowOf(in, 0, 3);

        Thread other = new Thread(one::release);
        other.start();
        other.join();

        assertThat(in.refCnt()).isEqualTo(1);
        this.view.endRead();
        assertThat(in.refCnt()).isEqualTo(1);
    }

    @Test
    void clearGivesBackTheBatchedReferences() {
        ByteBuf in = direct("one");
        this.view.source(in);
        this.view.beginRead();
        rowOf(in, 0, 3).release();

        this.view.clear();

        assertThat(in.refCnt()).isEqualTo(1);
    }
}
