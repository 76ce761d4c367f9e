/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.transport;

/**
 * Implemented by the subscription to a response's messages when its rows can be handed to a {@link RowSink}
 * instead of being delivered as {@link dev.s2r.driver.internal.message.server.RowMessage}s. Internal: not part of the
 * driver's API.
 */
public interface RowSource {

    /**
     * From now on, each row that arrives while the subscriber has demand and no message is waiting for it goes to
     * {@code sink}, and counts as one message of the demand; any other row is still delivered as a message, in
     * order. Called by the subscriber before its first request.
     *
     * @param sink the sink, called on the connection's event loop
     */
    void divertRows(RowSink sink);
}
