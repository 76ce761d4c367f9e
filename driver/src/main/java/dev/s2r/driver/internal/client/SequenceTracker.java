/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

/**
 * The packet sequence id shared by the inbound framer and the outbound encoder of one connection. Only used on
 * the connection's event loop.
 */
final class SequenceTracker {

    private int last;

    /**
     * Records the sequence id of a received packet.
     *
     * @param sequence the id
     */
    void received(int sequence) {
        this.last = sequence;
    }

    /**
     * @param command whether the packet starts a new command
     * @return the sequence id for the next packet sent
     */
    int next(boolean command) {
        this.last = command ? 0 : (this.last + 1) & 0xFF;
        return this.last;
    }

    /**
     * @return the sequence id for a continuation packet of a split payload
     */
    int continuation() {
        this.last = (this.last + 1) & 0xFF;
        return this.last;
    }
}
