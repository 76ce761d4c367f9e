/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.message.client.QueryMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.test.WirePackets;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.DefaultEventLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Exchange} hands rows to a {@link RowSink} only while the subscriber has demand and no message waits before
 * them, so that rows taken as they arrive and rows that waited for demand come out in the server's order.
 */
final class ExchangeRowDiversionTests {

    private final List<String> events = new ArrayList<>();
    private final ForeignThreadLoop loop = new ForeignThreadLoop();
    private final Recorder subscriber = new Recorder(this.events);
    private final Exchange exchange = new Exchange(new QueryMessage("SELECT n FROM t"),
        new ResponseDecoder(ResponseDecoder.Mode.TEXT_RESULT, false), this.subscriber, this.loop, () -> { });

    @AfterEach
    void releaseQueued() {
        this.exchange.cancel();
        this.loop.runTasks();
    }

    @Test
    void rowsGoToTheSinkOnlyWhileThereIsDemand() {
        start(3);

        arrive(row("1"));
        arrive(row("2"));
        arrive(row("3"));

        assertThat(this.events).containsExactly("metadata", "sink 1", "sink 2");
        assertThat(this.exchange.wantsMore()).isFalse();
    }

    @Test
    void aRowDoesNotOvertakeOneThatWaitsForDemandRequestedFromAnotherThread() {
        start(2);
        arrive(row("1"));
        arrive(row("2"));

        // demand arrives from another thread: it counts at once, but the queue is drained later on the event loop
        this.exchange.request(5);
        arrive(row("3"));
        this.loop.runTasks();
        arrive(row("4"));

        assertThat(this.events).containsExactly("metadata", "sink 1", "message 2", "message 3", "sink 4");
    }

    @Test
    void aCancelledExchangeGivesNoRowToTheSink() {
        start(10);
        this.exchange.cancel();
        this.loop.runTasks();

        assertThat(this.exchange.takesInPlace(row("1"), 0, row("1").readableBytes())).isFalse();
        assertThat(this.events).containsExactly("metadata");
    }

    @Test
    void theEndOfTheResultIsNeverGivenToTheSink() {
        start(10);

        arrive(Unpooled.wrappedBuffer(WirePackets.eof(2)));

        assertThat(this.events).containsExactly("metadata", "message ResultSetEnd");
    }

    /** Subscribes with a row sink, asks for {@code demand} messages, and delivers the result's column packets. */
    private void start(long demand) {
        this.subscriber.subscription = this.exchange;
        this.exchange.divertRows((buffer, index, length, binary) ->
            this.events.add("sink " + buffer.toString(index + 1, length - 1, StandardCharsets.US_ASCII)));
        this.exchange.request(demand);
        arrive(Unpooled.wrappedBuffer(WirePackets.columnCount(1)));
        arrive(Unpooled.wrappedBuffer(WirePackets.column("t", "n", 63, 11, WirePackets.TYPE_VAR_STRING, 0, 0)));
        arrive(Unpooled.wrappedBuffer(WirePackets.eof(2)));
    }

    /** What the client does with a packet: to the sink when the exchange takes it in place, else decoded and delivered. */
    private void arrive(ByteBuf payload) {
        try {
            if (this.exchange.takesInPlace(payload, payload.readerIndex(), payload.readableBytes())) {
                this.exchange.takeInPlace(payload, payload.readerIndex(), payload.readableBytes());
                return;
            }
            ServerMessage message = this.exchange.decode(payload);
            if (message instanceof RowMessage) {
                payload.retain();
            }
            if (message != null) {
                this.exchange.deliver(message);
            }
        } finally {
            payload.release();
        }
    }

    private static ByteBuf row(String text) {
        return Unpooled.wrappedBuffer(WirePackets.textRow(text.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Records each message; a row by its text, anything else by its type. */
    private static final class Recorder implements CoreSubscriber<ServerMessage> {

        private final List<String> events;
        Subscription subscription;

        Recorder(List<String> events) {
            this.events = events;
        }

        @Override
        public void onSubscribe(Subscription subscription) {
        }

        @Override
        public void onNext(ServerMessage message) {
            if (message instanceof RowMessage) {
                RowMessage row = (RowMessage) message;
                ByteBuf payload = row.payload();
                this.events.add("message " + payload.toString(payload.readerIndex() + 1,
                    payload.readableBytes() - 1, StandardCharsets.US_ASCII));
                row.release();
            } else if (message.getClass().getSimpleName().equals("ResultSetMetadata")) {
                this.events.add("metadata");
            } else {
                this.events.add("message " + message.getClass().getSimpleName());
            }
        }

        @Override
        public void onError(Throwable error) {
            this.events.add("error " + error);
        }

        @Override
        public void onComplete() {
            this.events.add("complete");
        }
    }

    /** An event loop seen from another thread: tasks handed to it wait until the test runs them. */
    private static final class ForeignThreadLoop extends DefaultEventLoop {

        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public boolean inEventLoop() {
            return false;
        }

        @Override
        public void execute(Runnable task) {
            this.tasks.add(task);
        }

        void runTasks() {
            Runnable task;
            while ((task = this.tasks.poll()) != null) {
                task.run();
            }
        }
    }
}
