/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.codec.DefaultCodecs;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.test.WirePackets;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ArrowBatcher} counts demand in batches and asks the connection for a batch's rows at a time (plus one for
 * each message that is not a row), never for more than the requested batches need.
 */
final class ArrowBatcherDemandTests {

    private final BufferAllocator allocator = new RootAllocator();
    private final List<Long> upstreamRequests = new ArrayList<>();
    private final List<String> signals = new ArrayList<>();
    private boolean upstreamCancelled;
    private Subscription downstream;

    private final ArrowBatcher batcher = new ArrowBatcher(new CoreSubscriber<>() {
        @Override
        public void onSubscribe(Subscription subscription) {
            ArrowBatcherDemandTests.this.downstream = subscription;
        }

        @Override
        public void onNext(VectorSchemaRoot root) {
            signals.add("batch of " + root.getRowCount());
            root.close();
        }

        @Override
        public void onError(Throwable error) {
            signals.add("error " + error.getMessage());
        }

        @Override
        public void onComplete() {
            signals.add("complete");
        }
    }, this.allocator, 3, DefaultCodecs.create(), CodecContext.defaults(), "SELECT n FROM t");

    @AfterEach
    void close() {
        assertThat(this.allocator.getAllocatedMemory()).isZero();
        this.allocator.close();
    }

    @Test
    void asksForOneBatchOfRowsAtATime() {
        subscribe();

        this.downstream.request(2);
        metadata();
        rows(7);

        assertThat(this.signals).containsExactly("batch of 3", "batch of 3");
        assertThat(this.upstreamRequests).as("3 rows, 1 for the metadata, then 3 rows").containsExactly(3L, 1L, 3L);
    }

    @Test
    void asksForTheNextBatchOnlyWhenTheSubscriberDoes() {
        subscribe();
        this.downstream.request(1);
        metadata();
        rows(3);

        this.downstream.request(1);

        assertThat(this.upstreamRequests).containsExactly(3L, 1L, 3L);
    }

    @Test
    void passesAnUnboundedDemandOnOnce() {
        subscribe();

        this.downstream.request(Long.MAX_VALUE);
        metadata();
        rows(10);
        this.batcher.onNext(new ResultSetEnd(0, 0));
        this.batcher.onComplete();

        assertThat(this.upstreamRequests).containsExactly(Long.MAX_VALUE);
        assertThat(this.signals).containsExactly("batch of 3", "batch of 3", "batch of 3", "batch of 1", "complete");
    }

    @Test
    void aMalformedRowFailsTheStreamAndCancelsTheResponse() {
        subscribe();
        this.downstream.request(1);
        metadata();

        ByteBuf truncated = Unpooled.wrappedBuffer(new byte[] {5, '1', '2'});
        this.batcher.row(truncated, 0, truncated.readableBytes(), false);
        rows(1);

        assertThat(this.signals).hasSize(1).allMatch(signal -> signal.startsWith("error Malformed row"));
        assertThat(this.upstreamCancelled).isTrue();
    }

    private void subscribe() {
        this.batcher.onSubscribe(new Subscription() {
            @Override
            public void request(long n) {
                upstreamRequests.add(n);
            }

            @Override
            public void cancel() {
                upstreamCancelled = true;
            }
        });
    }

    private void metadata() {
        ColumnDefinition n = ColumnDefinition.of("n", DataTypes.LONG, DataTypes.FLAG_NOT_NULL, DataTypes.BINARY_CHARSET,
            11, 0);
        this.batcher.onNext(new ResultSetMetadata(new ColumnDefinition[] {n}, false));
    }

    private void rows(int count) {
        for (int i = 0; i < count; i++) {
            ByteBuf row = Unpooled.wrappedBuffer(WirePackets.textRow(Integer.toString(i).getBytes(
                StandardCharsets.US_ASCII)));
            this.batcher.row(row, 0, row.readableBytes(), false);
        }
    }
}
