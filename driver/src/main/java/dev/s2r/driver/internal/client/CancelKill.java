/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.message.server.ResponseDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * When a cancelled query is stopped on the server with {@code KILL QUERY} (sent by the connection's killer from a
 * side connection) instead of being read to its end: at once when it was cancelled by a statement timeout, or once
 * more than a threshold of its bytes has been read only to be dropped; in both cases only while it is the one
 * command in flight. While a cancelled response may still be killed, no command is pipelined behind it. Decisions
 * are made on the event loop.
 */
final class CancelKill {

    private static final Logger LOGGER = LoggerFactory.getLogger(ReactorNettyClient.class);

    private final Supplier<String> logPrefix;
    private volatile long threshold;
    private volatile Runnable killer;

    CancelKill(Supplier<String> logPrefix) {
        this.logPrefix = logPrefix;
    }

    /**
     * @param threshold bytes of a cancelled response read before it is killed; 0 or less never kills that way
     * @param killer    what stops the query on the server
     */
    void configure(long threshold, Runnable killer) {
        this.threshold = threshold;
        this.killer = killer;
    }

    /**
     * Kills the head's query when it was cancelled with a kill requested (a statement timeout).
     *
     * @param head     the exchange at the head of the in-flight queue, or {@code null}
     * @param inflight how many exchanges are in flight
     */
    void onCancelled(Exchange head, int inflight) {
        Runnable kill = this.killer;
        if (head != null && kill != null && head.isCancelledWithKill() && killable(head, inflight)) {
            LOGGER.debug("{} Killing the query of a statement that timed out", this.logPrefix.get());
            kill.run();
        }
    }

    /**
     * Kills the head's cancelled query once more than the threshold of its bytes has been dropped.
     *
     * @param head     the cancelled head exchange
     * @param bytes    the bytes just dropped
     * @param inflight how many exchanges are in flight
     */
    void onDiscarded(Exchange head, int bytes, int inflight) {
        long limit = this.threshold;
        Runnable kill = this.killer;
        if (limit > 0 && kill != null && head.discarded(bytes) > limit && killable(head, inflight)) {
            LOGGER.debug("{} Killing the cancelled query after {} discarded bytes", this.logPrefix.get(), limit);
            kill.run();
        }
    }

    /**
     * @param head the exchange at the head of the in-flight queue, or {@code null}
     * @return whether new commands must wait: the head's response was cancelled and may still be killed
     */
    boolean holdsPipeline(Exchange head) {
        return head != null && (head.isKillRequested() || head.isCancelled() && this.threshold > 0
            || head.isCancelledWithKill());
    }

    private static boolean killable(Exchange head, int inflight) {
        return inflight == 1 && head.decoder().getMode() != ResponseDecoder.Mode.LOGIN && head.requestKill();
    }
}
