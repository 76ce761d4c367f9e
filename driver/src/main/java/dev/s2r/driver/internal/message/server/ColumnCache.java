/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * Remembers the column definitions of the previous result of a connection, so that a result with the same columns
 * (the next execution of the same statement, the common case) reuses them instead of decoding six strings per
 * column again: a column definition packet equal byte for byte to the one at the same position last time yields the
 * same {@link ColumnDefinition}, and a result whose columns all match reuses the same array, which lets the row
 * metadata built from it be reused too.
 * <p>
 * One instance per connection, used on its event loop only. It holds heap copies of the packets (never the
 * connection's buffers) and at most {@value #MAX_COLUMNS} columns.
 */
public final class ColumnCache {

    private static final int MAX_COLUMNS = 64;

    private ByteBuf[] packets = new ByteBuf[0];
    private ColumnDefinition[] definitions = new ColumnDefinition[0];
    private ColumnDefinition[] lastResult;

    /**
     * @param index   the column's position in its result
     * @param payload the column definition packet (not consumed)
     * @return the definition: the remembered one when the packet is unchanged, else freshly decoded and remembered
     */
    ColumnDefinition definition(int index, ByteBuf payload) {
        if (index < this.packets.length && this.packets[index] != null && ByteBufUtil.equals(this.packets[index],
            payload)) {
            return this.definitions[index];
        }
        ColumnDefinition definition = ColumnDefinition.decode(payload.duplicate());
        if (index < MAX_COLUMNS) {
            remember(index, payload, definition);
        }
        return definition;
    }

    /**
     * @param columns the definitions of a complete result, as returned by {@link #definition}
     * @return the array of the previous result when it holds the same definitions, else {@code columns} (remembered
     * for next time)
     */
    ColumnDefinition[] columns(ColumnDefinition[] columns) {
        ColumnDefinition[] last = this.lastResult;
        if (last != null && last.length == columns.length && sameElements(columns, last)) {
            return last;
        }
        this.lastResult = columns;
        return columns;
    }

    /** Copies on write: arrays already handed out are never changed. */
    private void remember(int index, ByteBuf payload, ColumnDefinition definition) {
        int length = Math.max(index + 1, this.packets.length);
        ByteBuf[] packets = java.util.Arrays.copyOf(this.packets, length);
        ColumnDefinition[] definitions = java.util.Arrays.copyOf(this.definitions, length);
        byte[] copy = new byte[payload.readableBytes()];
        payload.getBytes(payload.readerIndex(), copy);
        packets[index] = Unpooled.wrappedBuffer(copy);
        definitions[index] = definition;
        this.packets = packets;
        this.definitions = definitions;
    }

    private static boolean sameElements(ColumnDefinition[] a, ColumnDefinition[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
