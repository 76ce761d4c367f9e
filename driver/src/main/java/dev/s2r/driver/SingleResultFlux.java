/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.message.server.ServerMessage;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The results of a statement that can produce only one result: subscribing sends the command and emits one
 * {@link SingleStoreResult} over its response.
 * <p>
 * The result's subscriber talks to the exchange directly, whenever it subscribes: no queue in between, and demand
 * reaches the socket exactly, whatever operators sit between {@code execute()} and {@code map} ({@code publishOn},
 * results collected to be read later). Until it subscribes, the exchange reads no further than its first socket
 * read: a short response completes (its messages wait in the exchange, detached from the socket's buffers), a long
 * one waits; if a later statement of the connection is held up by a result nobody reads, the client gives that
 * result up after {@code unreadResultTimeout}, and a late subscriber gets the error.
 */
final class SingleResultFlux extends Flux<SingleStoreResult> {

    private final Flux<ServerMessage> messages;
    private final Function<Flux<ServerMessage>, SingleStoreResult> resultFactory;

    SingleResultFlux(Flux<ServerMessage> messages, Function<Flux<ServerMessage>, SingleStoreResult> resultFactory) {
        this.messages = messages;
        this.resultFactory = resultFactory;
    }

    @Override
    public void subscribe(CoreSubscriber<? super SingleStoreResult> actual) {
        Conduit conduit = new Conduit();
        this.messages.subscribe(conduit);
        AtomicBoolean emitted = new AtomicBoolean();
        actual.onSubscribe(new Subscription() {
            @Override
            public void request(long n) {
                if (n > 0 && emitted.compareAndSet(false, true)) {
                    actual.onNext(SingleResultFlux.this.resultFactory.apply(conduit));
                    actual.onComplete();
                }
            }

            @Override
            public void cancel() {
                if (emitted.compareAndSet(false, true)) {
                    conduit.abandon();
                }
            }
        });
    }

    /**
     * Connects the exchange to the one subscriber of the result's messages. Without demand the exchange sends no
     * message, but it may fail before anyone subscribes: such a terminal signal is kept and replayed to the
     * subscriber.
     */
    private static final class Conduit extends Flux<ServerMessage> implements CoreSubscriber<ServerMessage> {

        private volatile Subscription upstream;
        private volatile CoreSubscriber<? super ServerMessage> downstream;
        /** Whether terminal signals go to the subscriber directly (guarded by this). */
        private boolean direct;
        private Throwable earlyError;
        private boolean earlyComplete;

        @Override
        public void onSubscribe(Subscription subscription) {
            this.upstream = subscription;
        }

        @Override
        public void subscribe(CoreSubscriber<? super ServerMessage> actual) {
            synchronized (this) {
                if (this.downstream != null) {
                    reactor.core.publisher.Operators.error(actual,
                        new IllegalStateException("A result can be consumed only once"));
                    return;
                }
                this.downstream = actual;
                actual.onSubscribe(this.upstream);
                if (this.earlyError != null) {
                    actual.onError(this.earlyError);
                } else if (this.earlyComplete) {
                    actual.onComplete();
                } else {
                    this.direct = true;
                }
            }
        }

        /** The subscriber of the results cancelled before taking the result: drop the response. */
        void abandon() {
            this.upstream.cancel();
        }

        @Override
        public void onNext(ServerMessage message) {
            this.downstream.onNext(message);
        }

        @Override
        public void onError(Throwable error) {
            synchronized (this) {
                if (!this.direct) {
                    this.earlyError = error;
                    return;
                }
            }
            this.downstream.onError(error);
        }

        @Override
        public void onComplete() {
            synchronized (this) {
                if (!this.direct) {
                    this.earlyComplete = true;
                    return;
                }
            }
            this.downstream.onComplete();
        }
    }
}
