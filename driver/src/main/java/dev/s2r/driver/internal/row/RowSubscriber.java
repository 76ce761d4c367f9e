/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import dev.s2r.driver.internal.transport.RowSink;
import dev.s2r.driver.internal.transport.RowSource;
import dev.s2r.driver.internal.message.server.ServerMessage;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

import java.util.function.Function;

/**
 * The base of a subscriber to the messages of one result that passes what it makes of them on to one downstream
 * subscriber, and takes the rows in place when the subscription is the connection's own: it registers itself as
 * the {@link RowSink} of a {@link RowSource} before the downstream subscriber can ask for anything. It keeps the
 * terminal state: once failed or terminated, it drops every later signal. Internal: not part of the driver's API.
 *
 * @param <T> the type of what it emits
 */
public abstract class RowSubscriber<T> implements CoreSubscriber<ServerMessage>, Subscription, RowSink {

    /** The downstream subscriber. */
    protected final CoreSubscriber<? super T> actual;
    /** The subscription to the messages. */
    protected Subscription upstream;
    /** Whether the downstream subscriber got its terminal signal (or must get no other signal). */
    protected boolean done;

    /** @param actual the downstream subscriber */
    protected RowSubscriber(CoreSubscriber<? super T> actual) {
        this.actual = actual;
    }

    /**
     * Subscribes a new row subscriber to {@code messages} for each downstream subscriber. This is what Reactor's
     * {@code Operators.lift} does, without the name it builds from the lifter's {@code toString()} on every call,
     * which cost a string per {@code Result.map} (measured: ~6% of the event loop in one-row lookups).
     *
     * @param messages   the messages of one result
     * @param subscriber makes the row subscriber of a downstream subscriber
     * @param <T>        the type of what the row subscriber emits
     * @return the flux
     */
    public static <T> Flux<T> flux(Flux<ServerMessage> messages,
                                   Function<CoreSubscriber<? super T>, ? extends RowSubscriber<T>> subscriber) {
        return Lifted.assemble(new Lifted<>(messages, subscriber));
    }

    private static final class Lifted<T> extends Flux<T> {

        private final Flux<ServerMessage> messages;
        private final Function<CoreSubscriber<? super T>, ? extends RowSubscriber<T>> subscriber;

        Lifted(Flux<ServerMessage> messages,
               Function<CoreSubscriber<? super T>, ? extends RowSubscriber<T>> subscriber) {
            this.messages = messages;
            this.subscriber = subscriber;
        }

        /** Applies Reactor's assembly hooks (debug tracebacks), as every operator does. */
        static <T> Flux<T> assemble(Lifted<T> flux) {
            return onAssembly(flux);
        }

        @Override
        public void subscribe(CoreSubscriber<? super T> actual) {
            this.messages.subscribe(this.subscriber.apply(actual));
        }
    }

    @Override
    public Context currentContext() {
        return this.actual.currentContext();
    }

    @Override
    public void onSubscribe(Subscription subscription) {
        if (Operators.validate(this.upstream, subscription)) {
            this.upstream = subscription;
            if (subscription instanceof RowSource) {
                ((RowSource) subscription).divertRows(this);
            }
            this.actual.onSubscribe(this);
        }
    }

    @Override
    public void onError(Throwable failure) {
        if (this.done) {
            Operators.onErrorDropped(failure, currentContext());
            return;
        }
        this.done = true;
        this.actual.onError(failure);
    }

    @Override
    public void onComplete() {
        if (this.done) {
            return;
        }
        this.done = true;
        this.actual.onComplete();
    }

    /**
     * Fails the stream from inside: the rest of the response is cancelled (the connection drains it) and the
     * downstream subscriber gets the error.
     *
     * @param failure the error
     */
    protected void fail(Throwable failure) {
        this.done = true;
        this.upstream.cancel();
        this.actual.onError(failure);
    }
}
