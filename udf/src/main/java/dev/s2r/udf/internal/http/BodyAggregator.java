/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Collects a request body's chunks into one buffer, never holding more than a cap. Each chunk is retained into a
 * {@link CompositeByteBuf} (no copy); the chunk that would pass the cap fails the body with
 * {@link BodyTooLargeException} before it is kept. On error or cancellation everything received so far is released;
 * on success the subscriber owns the buffer and releases it.
 */
final class BodyAggregator {

    private BodyAggregator() {
    }

    /**
     * @param chunks the body's chunks, released by their publisher after {@code onNext} (as reactor-netty's are)
     * @param limit the largest body accepted, in bytes
     * @param allocator where the composite buffer comes from
     * @return the whole body, or {@link BodyTooLargeException}
     */
    static Mono<ByteBuf> aggregate(Flux<ByteBuf> chunks, long limit, ByteBufAllocator allocator) {
        return Mono.defer(() -> {
            CompositeByteBuf body = allocator.compositeBuffer(Integer.MAX_VALUE);
            AtomicBoolean handedOver = new AtomicBoolean();
            return chunks
                .<Void>handle((chunk, sink) -> {
                    if ((long) body.readableBytes() + chunk.readableBytes() > limit) {
                        sink.error(new BodyTooLargeException(limit));
                        return;
                    }
                    synchronized (body) { // a cancel from another thread may be releasing it
                        if (chunk.isReadable() && body.refCnt() > 0) {
                            body.addComponent(true, chunk.retain());
                        }
                    }
                })
                .then(Mono.fromSupplier(() -> {
                    handedOver.set(true);
                    return (ByteBuf) body;
                }))
                .doFinally(signal -> {
                    if (!handedOver.get()) {
                        synchronized (body) {
                            body.release();
                        }
                    }
                });
        });
    }
}
