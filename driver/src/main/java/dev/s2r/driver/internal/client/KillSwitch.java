/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

/**
 * Lets a statement ask for its query to be killed on the server when it is cancelled. Put into the subscriber
 * context of an exchange's publisher under {@link #KEY}: the exchange binds itself to it when subscribed. After
 * {@link #arm()}, cancelling the exchange sends {@code KILL QUERY} at once (rather than past the cancelled-bytes
 * threshold), provided no other command is in flight on the connection, which would make the kill unsafe.
 */
public final class KillSwitch {

    /** The context key. */
    public static final Object KEY = KillSwitch.class;

    private volatile Exchange exchange;
    private volatile boolean armed;

    void bind(Exchange exchange) {
        this.exchange = exchange;
        if (this.armed) {
            exchange.killOnCancel();
        }
    }

    /**
     * Marks the bound exchange (or the one bound later) to be killed when it is cancelled. Call it before
     * cancelling.
     */
    public void arm() {
        this.armed = true;
        Exchange bound = this.exchange;
        if (bound != null) {
            bound.killOnCancel();
        }
    }
}
