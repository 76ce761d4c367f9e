/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.message.client.ClientMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

/**
 * Outbound framing: encodes a {@link ClientMessage} and writes it as packets. The payload is written after four
 * reserved bytes so that a payload below 16 MiB goes out as one buffer with its header filled in place; a larger
 * one is split into 16 MiB packets (plus an empty packet when the length is an exact multiple), sharing the
 * payload bytes without copying them.
 */
final class PacketEncoder extends ChannelOutboundHandlerAdapter {

    private static final int HEADER = 4;
    private static final int MAX = PacketFramer.MAX_PAYLOAD;

    private final SequenceTracker sequence;

    PacketEncoder(SequenceTracker sequence) {
        this.sequence = sequence;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!(msg instanceof ClientMessage)) {
            ctx.write(msg, promise);
            return;
        }
        ClientMessage message = (ClientMessage) msg;
        ByteBuf buf = ctx.alloc().ioBuffer();
        try {
            buf.writeZero(HEADER);
            message.encode(buf);
        } catch (RuntimeException e) {
            buf.release();
            promise.setFailure(e);
            return;
        }
        int length = buf.readableBytes() - HEADER;
        int first = this.sequence.next(message.isCommand());
        if (length < MAX) {
            buf.setMediumLE(0, length);
            buf.setByte(3, first);
            ctx.write(buf, promise);
            return;
        }
        ctx.write(split(ctx, buf, length, first), promise);
    }

    private ByteBuf split(ChannelHandlerContext ctx, ByteBuf buf, int length, int firstSequence) {
        CompositeByteBuf out = ctx.alloc().compositeDirectBuffer(Integer.MAX_VALUE);
        try {
            int offset = HEADER;
            int remaining = length;
            int sequenceId = firstSequence;
            boolean first = true;
            while (true) {
                int chunk = Math.min(remaining, MAX);
                if (!first) {
                    sequenceId = this.sequence.continuation();
                }
                ByteBuf header = ctx.alloc().ioBuffer(HEADER);
                header.writeMediumLE(chunk);
                header.writeByte(sequenceId);
                out.addComponent(true, header);
                out.addComponent(true, buf.retainedSlice(offset, chunk));
                offset += chunk;
                remaining -= chunk;
                first = false;
                if (chunk < MAX) {
                    break;
                }
            }
            return out;
        } catch (RuntimeException e) {
            out.release();
            throw e;
        } finally {
            buf.release();
        }
    }
}
