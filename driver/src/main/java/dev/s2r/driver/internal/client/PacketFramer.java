/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.message.server.InboundView;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.TooLongFrameException;

import java.util.List;

/**
 * Inbound framing: turns the byte stream into packet payloads. Reads the 4-byte header (3-byte length,
 * sequence id), hands on each payload as a slice of the received bytes holding its own reference (no per-row
 * copy), and joins the packets of a payload of 16 MiB or more (every packet but the last has the maximum length)
 * into one composite buffer.
 * <p>
 * Each payload passed on is owned by the next handler, which must release it.
 * <p>
 * A payload that the connection takes in place ({@link InPlace}, which decides; the framer knows nothing of what the
 * packet holds) is handed to it straight from the input instead, with no slice and no trip through the pipeline;
 * packets sliced before it are passed on first, so that the order of the packets is kept.
 */
final class PacketFramer extends ByteToMessageDecoder {

    static final int MAX_PAYLOAD = 0xFFFFFF;
    private static final int HEADER = 4;

    private final SequenceTracker sequence;
    private final long maxMessageSize;
    private final InboundView view;
    private final InPlace inPlace;
    private CompositeByteBuf pending;

    /**
     * @param sequence       the connection's sequence tracker
     * @param maxMessageSize the largest reassembled payload accepted
     */
    PacketFramer(SequenceTracker sequence, long maxMessageSize) {
        this(sequence, maxMessageSize, null);
    }

    /**
     * @param sequence       the connection's sequence tracker
     * @param maxMessageSize the largest reassembled payload accepted
     * @param view           told about each input buffer before packets are sliced from it, or {@code null}
     */
    PacketFramer(SequenceTracker sequence, long maxMessageSize, InboundView view) {
        this(sequence, maxMessageSize, view, null);
    }

    /**
     * @param sequence       the connection's sequence tracker
     * @param maxMessageSize the largest reassembled payload accepted
     * @param view           told about each input buffer before packets are sliced from it, or {@code null}
     * @param inPlace        the consumer of packets taken in place, or {@code null}
     */
    PacketFramer(SequenceTracker sequence, long maxMessageSize, InboundView view, InPlace inPlace) {
        this.sequence = sequence;
        this.maxMessageSize = maxMessageSize;
        this.view = view;
        this.inPlace = inPlace;
        // The default merge cumulator: rows keep retained slices of the buffer they arrived in, so a composite
        // cumulation could never discard its read components and would keep every buffer of a stream alive.
        // Merging copies only when a partial packet is carried over into a buffer that rows still share.
    }

    /**
     * Tells the view that a read is being handled, so that rows released during it return their packets to the
     * input buffer in one step at its end.
     */
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (this.view == null) {
            super.channelRead(ctx, msg);
            return;
        }
        this.view.beginRead();
        try {
            super.channelRead(ctx, msg);
        } finally {
            this.view.endRead();
        }
    }

    /**
     * Slices every complete packet off the input. The payloads handed on are slices that each own one reference to
     * the input, taken in one step for all of them when the call ends (before anyone can release one, even when the
     * call fails): one atomic update per read instead of one per packet.
     */
    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (this.view != null) {
            this.view.source(in);
        }
        int handedOn = 0;
        try {
            while (in.readableBytes() >= HEADER) {
                int start = in.readerIndex();
                int length = in.getUnsignedMediumLE(start);
                if (in.readableBytes() < HEADER + length) {
                    return;
                }
                if (length > this.maxMessageSize) {
                    in.skipBytes(HEADER + length);
                    throw new TooLongFrameException("Server packet of " + length + " bytes is larger than "
                        + "maxMessageSize (" + this.maxMessageSize + ")");
                }
                if (length != MAX_PAYLOAD && this.pending == null && this.inPlace != null
                    && this.inPlace.accepts(in, start + HEADER, length)) {
                    if (!out.isEmpty()) {
                        // the packets before it go first; decode is called again once they are through
                        return;
                    }
                    this.sequence.received(in.getUnsignedByte(start + 3));
                    this.inPlace.take(in, start + HEADER, length);
                    in.skipBytes(HEADER + length);
                    continue;
                }
                this.sequence.received(in.getUnsignedByte(start + 3));
                in.skipBytes(HEADER);
                if (length == MAX_PAYLOAD || this.pending != null) {
                    // the composite may release its parts at once: this part's reference is taken now
                    append(ctx, in.readRetainedSlice(length), length == MAX_PAYLOAD, out);
                } else {
                    out.add(in.readSlice(length));
                    handedOn++;
                }
            }
        } finally {
            if (handedOn > 0) {
                in.retain(handedOn);
            }
        }
    }

    private void append(ChannelHandlerContext ctx, ByteBuf payload, boolean more, List<Object> out) {
        if (this.pending == null) {
            this.pending = ctx.alloc().compositeBuffer(Integer.MAX_VALUE);
        }
        this.pending.addComponent(true, payload);
        if (this.pending.readableBytes() > this.maxMessageSize) {
            this.pending.release();
            this.pending = null;
            throw new TooLongFrameException("Server packet larger than " + this.maxMessageSize + " bytes");
        }
        if (more) {
            return;
        }
        out.add(this.pending);
        this.pending = null;
    }

    /**
     * Consumes some packets where they lie in the framer's input (event loop).
     */
    interface InPlace {

        /**
         * @param in     the framer's input
         * @param index  the index of the payload's first byte
         * @param length the payload's length
         * @return whether {@link #take} would consume this packet now
         */
        boolean accepts(ByteBuf in, int index, int length);

        /**
         * Consumes a packet {@link #accepts} accepted; the bytes are readable during the call only.
         *
         * @param in     the framer's input
         * @param index  the index of the payload's first byte
         * @param length the payload's length
         */
        void take(ByteBuf in, int index, int length);
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        if (this.view != null) {
            this.view.clear();
        }
        if (this.pending != null) {
            this.pending.release();
            this.pending = null;
        }
    }
}
