/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The results of a statement that can produce only one result: subscribing sends the command and emits one
 * {@link SingleStoreResult} over its response.
 * <p>
 * When the result is consumed as it is handed over (as {@code flatMap} and {@code concatMap} do), its subscriber
 * talks to the exchange directly: no queue in between, and demand reaches the socket exactly. When it is not (for
 * example {@code Flux.from(statement.execute()).then()}, or results collected to be read later), the response is
 * read to the end and buffered for a later subscriber, as {@code windowUntil} would, so the connection never
 * waits for a result nobody reads; buffered rows are copied to the heap so that an unread result pins no pooled
 * memory.
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
                    conduit.handedOver();
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
     * message, but it may fail (or, in buffering mode, complete) before anyone subscribes: such terminal signals
     * are kept and replayed to the subscriber.
     */
    private static final class Conduit extends Flux<ServerMessage> implements CoreSubscriber<ServerMessage> {

        private static final int WAITING = 0;
        private static final int DIRECT = 1;
        private static final int BUFFERING = 2;

        private volatile Subscription upstream;
        private volatile int mode = WAITING;
        private CoreSubscriber<? super ServerMessage> downstream;
        private Sinks.Many<ServerMessage> buffer;
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
                if (this.mode == BUFFERING) {
                    this.buffer.asFlux().doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release)
                        .subscribe(actual);
                    return;
                }
                actual.onSubscribe(this.upstream);
                if (this.earlyError != null) {
                    actual.onError(this.earlyError);
                } else if (this.earlyComplete) {
                    actual.onComplete();
                } else {
                    this.mode = DIRECT;
                }
            }
        }

        /** Called once the result was passed to the subscriber of the results. */
        void handedOver() {
            synchronized (this) {
                if (this.downstream != null || this.mode != WAITING) {
                    return;
                }
                this.buffer = Sinks.many().unicast().onBackpressureBuffer();
                if (this.earlyError != null) {
                    this.buffer.tryEmitError(this.earlyError);
                } else if (this.earlyComplete) {
                    this.buffer.tryEmitComplete();
                }
                this.mode = BUFFERING;
            }
            this.upstream.request(Long.MAX_VALUE);
        }

        /** The subscriber of the results cancelled before taking the result: drop the response. */
        void abandon() {
            this.upstream.cancel();
        }

        @Override
        public void onNext(ServerMessage message) {
            if (this.mode == BUFFERING) {
                ServerMessage detached = detach(message);
                if (this.buffer.tryEmitNext(detached).isFailure()) {
                    ReferenceCountUtil.release(detached);
                }
            } else {
                this.downstream.onNext(message);
            }
        }

        /**
         * A buffered row may never be read (nobody is obliged to subscribe to a result), so it must not pin a pooled
         * read buffer: its bytes are copied to the heap, where the garbage collector reclaims them either way.
         */
        private static ServerMessage detach(ServerMessage message) {
            if (!(message instanceof RowMessage)) {
                return message;
            }
            RowMessage row = (RowMessage) message;
            try {
                return new RowMessage(Unpooled.wrappedBuffer(ByteBufUtil.getBytes(row.payload())), row.isBinary());
            } finally {
                row.release();
            }
        }

        @Override
        public void onError(Throwable error) {
            synchronized (this) {
                if (this.mode == WAITING) {
                    this.earlyError = error;
                    return;
                }
            }
            if (this.mode == BUFFERING) {
                this.buffer.tryEmitError(error);
            } else {
                this.downstream.onError(error);
            }
        }

        @Override
        public void onComplete() {
            synchronized (this) {
                if (this.mode == WAITING) {
                    this.earlyComplete = true;
                    return;
                }
            }
            if (this.mode == BUFFERING) {
                this.buffer.tryEmitComplete();
            } else {
                this.downstream.onComplete();
            }
        }
    }
}
