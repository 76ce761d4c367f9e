/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.client;

import dev.s2r.driver.message.server.InboundView;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.TooLongFrameException;

import java.util.List;

/**
 * Inbound framing: turns the byte stream into packet payloads. Reads the 4-byte header (3-byte length,
 * sequence id), hands on each payload as a retained slice of the received bytes (no per-row copy), and joins the packets
 * of a payload of 16 MiB or more (every packet but the last has the maximum length) into one composite buffer.
 * <p>
 * Each payload passed on is owned by the next handler, which must release it.
 */
final class PacketFramer extends ByteToMessageDecoder {

    static final int MAX_PAYLOAD = 0xFFFFFF;
    private static final int HEADER = 4;

    private final SequenceTracker sequence;
    private final long maxMessageSize;
    private final InboundView view;
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
        this.sequence = sequence;
        this.maxMessageSize = maxMessageSize;
        this.view = view;
        // The default merge cumulator: rows keep retained slices of the buffer they arrived in, so a composite
        // cumulation could never discard its read components and would keep every buffer of a stream alive.
        // Merging copies only when a partial packet is carried over into a buffer that rows still share.
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (this.view != null) {
            this.view.source(in);
        }
        while (in.readableBytes() >= HEADER) {
            int start = in.readerIndex();
            int length = in.getUnsignedMediumLE(start);
            if (in.readableBytes() < HEADER + length) {
                return;
            }
            if (length > this.maxMessageSize) {
                in.skipBytes(HEADER + length);
                throw new TooLongFrameException("Server packet of " + length + " bytes is larger than maxMessageSize ("
                    + this.maxMessageSize + ")");
            }
            this.sequence.received(in.getUnsignedByte(start + 3));
            in.skipBytes(HEADER);
            ByteBuf payload = in.readRetainedSlice(length);
            if (length == MAX_PAYLOAD || this.pending != null) {
                if (!append(ctx, payload, length == MAX_PAYLOAD, out)) {
                    continue;
                }
            } else {
                out.add(payload);
            }
        }
    }

    private boolean append(ChannelHandlerContext ctx, ByteBuf payload, boolean more, List<Object> out) {
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
            return false;
        }
        out.add(this.pending);
        this.pending = null;
        return true;
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
