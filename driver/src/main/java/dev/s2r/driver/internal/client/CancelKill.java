/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.message.server.ResponseDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * When a cancelled query is stopped on the server with {@code KILL QUERY} (sent by the connection's killer from a
 * side connection) instead of being read to its end, always only while it is the one command in flight:
 * <ul>
 *   <li>at once when it was cancelled by a statement timeout;</li>
 *   <li>at once when it was cancelled before the server sent any byte of its answer: the server is still running
 *   it (a long query, {@code SLEEP}), and the connection's next user would wait for it to finish;</li>
 *   <li>once more than a threshold of its bytes has been read only to be dropped.</li>
 * </ul>
 * While a cancelled response may still be killed, and until a {@code KILL QUERY} that was sent has finished, no
 * command is written behind it: the kill must not reach the next statement. Decisions are made on the event loop.
 */
final class CancelKill {

    private static final Logger LOGGER = LoggerFactory.getLogger(ReactorNettyClient.class);

    private final Supplier<String> logPrefix;
    private final Runnable killFinished;
    private volatile long threshold;
    private volatile Consumer<Runnable> killer;
    /** Whether a KILL QUERY was sent and has not finished (event loop only). */
    private boolean killing;

    /**
     * @param logPrefix    the connection's log prefix
     * @param killFinished what the client does, on its event loop, once a kill has finished (start waiting commands)
     */
    CancelKill(Supplier<String> logPrefix, Runnable killFinished) {
        this.logPrefix = logPrefix;
        this.killFinished = killFinished;
    }

    /**
     * @param threshold bytes of a cancelled response read before it is killed; 0 or less never kills that way
     * @param killer    sends {@code KILL QUERY}, then runs the callback it is given (on any thread), whether the kill
     *                  succeeded or not
     */
    void configure(long threshold, Consumer<Runnable> killer) {
        this.threshold = threshold;
        this.killer = killer;
    }

    /**
     * Kills the head's query when it was cancelled by a statement timeout, or before its answer began.
     *
     * @param head     the exchange at the head of the in-flight queue, or {@code null}
     * @param inflight how many exchanges are in flight
     * @param runner   runs a task on the event loop
     */
    void onCancelled(Exchange head, int inflight, Consumer<Runnable> runner) {
        if (head != null && head.isCancelled() && (head.isCancelledWithKill() || !head.hasAnswered())
            && killable(head, inflight)) {
            kill(head.isCancelledWithKill() ? "the query of a statement that timed out"
                : "a cancelled query that had not answered yet", runner);
        }
    }

    /**
     * Kills the head's cancelled query once more than the threshold of its bytes has been dropped.
     *
     * @param head     the cancelled head exchange
     * @param bytes    the bytes just dropped
     * @param inflight how many exchanges are in flight
     * @param runner   runs a task on the event loop
     */
    void onDiscarded(Exchange head, int bytes, int inflight, Consumer<Runnable> runner) {
        long limit = this.threshold;
        if (limit > 0 && head.discarded(bytes) > limit && killable(head, inflight)) {
            kill("the cancelled query after " + limit + " discarded bytes", runner);
        }
    }

    /**
     * @param head the exchange at the head of the in-flight queue, or {@code null}
     * @return whether new commands must wait: a kill is running, or the head's response was cancelled and may still
     * be killed
     */
    boolean holdsPipeline(Exchange head) {
        return this.killing || head != null && (head.isKillRequested() || head.isCancelled()
            && (this.threshold > 0 || !head.hasAnswered()) || head.isCancelledWithKill());
    }

    private boolean killable(Exchange head, int inflight) {
        return this.killer != null && inflight == 1 && head.decoder().getMode() != ResponseDecoder.Mode.LOGIN
            && head.requestKill();
    }

    private void kill(String what, Consumer<Runnable> runner) {
        LOGGER.debug("{} Killing {}", this.logPrefix.get(), what);
        this.killing = true;
        this.killer.accept(() -> runner.accept(() -> {
            this.killing = false;
            this.killFinished.run();
        }));
    }
}
