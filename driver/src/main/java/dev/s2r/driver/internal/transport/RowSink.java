/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.transport;

import io.netty.buffer.ByteBuf;

/**
 * Takes the rows of a result straight from the connection's event loop, one packet at a time, without a message
 * object per row or a trip through the subscriber chain (see {@link RowSource}). Internal: not part of the driver's
 * API.
 */
public interface RowSink {

    /**
     * Takes one row. Called on the event loop, in order with the messages of the same response; must not throw.
     *
     * @param buffer the buffer holding the row packet, readable during the call only: the sink neither retains nor
     *               releases it, and reads nothing outside the row
     * @param index  the index of the row's first byte
     * @param length the row's length
     * @param binary whether it is a binary-protocol row
     */
    void row(ByteBuf buffer, int index, int length, boolean binary);
}
