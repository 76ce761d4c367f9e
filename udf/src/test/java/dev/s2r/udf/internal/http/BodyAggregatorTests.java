/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Aggregation of a body's chunks under a cap, releasing on every path. */
class BodyAggregatorTests {

    private static ByteBuf chunk(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
    }

    /** Releases each chunk after onNext, as reactor-netty does. */
    private static Flux<ByteBuf> received(List<ByteBuf> chunks) {
        return Flux.fromIterable(chunks).concatMap(c -> Flux.just(c).doFinally(signal -> c.release()));
    }

    @Test
    void chunksAreJoinedIntoOneBody() {
        List<ByteBuf> chunks = List.of(chunk("ab"), chunk("cd"));

        StepVerifier.create(BodyAggregator.aggregate(received(chunks), 10, ByteBufAllocator.DEFAULT))
            .assertNext(body -> {
                assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("abcd");
                body.release();
            })
            .verifyComplete();
        assertThat(chunks).allSatisfy(c -> assertThat(c.refCnt()).isZero());
    }

    @Test
    void theChunkPassingTheCapFailsTheBodyAndNothingIsKept() {
        List<ByteBuf> chunks = List.of(chunk("abc"), chunk("def"), chunk("ghi"));

        StepVerifier.create(BodyAggregator.aggregate(received(chunks), 5, ByteBufAllocator.DEFAULT))
            .verifyError(BodyTooLargeException.class);
        assertThat(chunks.get(0).refCnt()).isZero();
        assertThat(chunks.get(1).refCnt()).isZero();
        assertThat(chunks.get(2).release()).as("never received, so still the test's").isTrue();
    }

    @Test
    void aBodyOfExactlyTheCapIsAccepted() {
        StepVerifier.create(BodyAggregator.aggregate(received(List.of(chunk("abcde"))), 5, ByteBufAllocator.DEFAULT))
            .assertNext(body -> {
                assertThat(body.readableBytes()).isEqualTo(5);
                body.release();
            })
            .verifyComplete();
    }

    @Test
    void cancellingReleasesWhatWasReceived() {
        ByteBuf first = chunk("abc");

        StepVerifier.create(BodyAggregator.aggregate(Flux.concat(received(List.of(first)), Flux.never()), 100,
                ByteBufAllocator.DEFAULT))
            .thenAwait()
            .thenCancel()
            .verify();
        assertThat(first.refCnt()).isZero();
    }
}
