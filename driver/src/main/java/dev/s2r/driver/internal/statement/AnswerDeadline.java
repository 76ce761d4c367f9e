/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.channel.EventLoop;
import io.netty.util.ReferenceCountUtil;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The client statement timer: fails a response whose first answer (a row, the end of a result, or an error) has not
 * arrived within the timeout. Column metadata, which servers send before they run the query, does not count as an
 * answer. On expiry it runs {@code onExpiry} (arming the kill switch), cancels the response and signals the error;
 * messages that still arrive are released.
 * <p>
 * One timer on the connection's event loop, cancelled by the first answer. After that, messages pass through with
 * one volatile read each, where Reactor's per-item {@code timeout} would subscribe to a new timeout publisher for
 * every row.
 */
public final class AnswerDeadline extends FluxOperator<ServerMessage, ServerMessage> {

    private final EventLoop loop;
    private final long nanos;
    private final Runnable onExpiry;
    private final Supplier<? extends Throwable> error;

    /**
     * @param response the statement's response
     * @param loop     the connection's event loop, which runs the timer
     * @param timeout  how long the first answer may take, from subscription
     * @param onExpiry run on expiry, before the response is cancelled
     * @param error    the error signalled on expiry
     */
    public AnswerDeadline(Flux<ServerMessage> response, EventLoop loop, Duration timeout, Runnable onExpiry,
                   Supplier<? extends Throwable> error) {
        super(response);
        this.loop = loop;
        this.nanos = timeout.toNanos();
        this.onExpiry = onExpiry;
        this.error = error;
    }

    @Override
    public void subscribe(CoreSubscriber<? super ServerMessage> actual) {
        this.source.subscribe(new Watch(actual, this));
    }

    private static boolean isAnswer(ServerMessage message) {
        return !(message instanceof ResultSetMetadata || message instanceof ColumnDefinition);
    }

    /**
     * Until the first answer, signals and the expiry are serialized by the monitor; afterwards the timer can no
     * longer act, and {@link #answered} lets every signal through without it.
     */
    private static final class Watch implements CoreSubscriber<ServerMessage>, Subscription {

        private final CoreSubscriber<? super ServerMessage> actual;
        private final AnswerDeadline parent;
        private Subscription upstream;
        /** Set under the monitor, never after {@link #timedOut}; read without it. */
        private volatile boolean answered;
        private boolean timedOut;
        private boolean stopped;
        private ScheduledFuture<?> timer;

        Watch(CoreSubscriber<? super ServerMessage> actual, AnswerDeadline parent) {
            this.actual = actual;
            this.parent = parent;
        }

        @Override
        public Context currentContext() {
            return this.actual.currentContext();
        }

        @Override
        public void onSubscribe(Subscription s) {
            if (!Operators.validate(this.upstream, s)) {
                return;
            }
            this.upstream = s;
            synchronized (this) {
                this.timer = this.parent.loop.schedule(this::expire, this.parent.nanos, TimeUnit.NANOSECONDS);
            }
            this.actual.onSubscribe(this);
        }

        @Override
        public void onNext(ServerMessage message) {
            if (this.answered) {
                this.actual.onNext(message);
                return;
            }
            synchronized (this) {
                if (this.timedOut) {
                    ReferenceCountUtil.release(message);
                    return;
                }
                if (isAnswer(message)) {
                    this.answered = true;
                    stopTimer();
                }
                this.actual.onNext(message);
            }
        }

        @Override
        public void onError(Throwable t) {
            if (!this.answered) {
                synchronized (this) {
                    if (this.timedOut) {
                        Operators.onErrorDropped(t, currentContext());
                        return;
                    }
                    this.stopped = true;
                    stopTimer();
                }
            }
            this.actual.onError(t);
        }

        @Override
        public void onComplete() {
            if (!this.answered) {
                synchronized (this) {
                    if (this.timedOut) {
                        return;
                    }
                    this.stopped = true;
                    stopTimer();
                }
            }
            this.actual.onComplete();
        }

        @Override
        public void request(long n) {
            this.upstream.request(n);
        }

        @Override
        public void cancel() {
            synchronized (this) {
                this.stopped = true;
                stopTimer();
            }
            this.upstream.cancel();
        }

        private void expire() {
            synchronized (this) {
                if (this.answered || this.stopped) {
                    return;
                }
                this.timedOut = true;
            }
            this.parent.onExpiry.run();
            this.upstream.cancel();
            this.actual.onError(this.parent.error.get());
        }

        /** Called under the monitor. */
        private void stopTimer() {
            if (this.timer != null) {
                this.timer.cancel(false);
            }
        }
    }
}
