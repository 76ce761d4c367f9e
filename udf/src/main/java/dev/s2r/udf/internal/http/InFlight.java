/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the calls in progress, so that shutdown can wait for them. Thread-safe. */
final class InFlight {

    private static final Duration POLL = Duration.ofMillis(10);

    private final AtomicInteger count = new AtomicInteger();

    /** @return ends what began, once however often it runs */
    Runnable begin() {
        this.count.incrementAndGet();
        AtomicBoolean ended = new AtomicBoolean();
        return () -> {
            if (ended.compareAndSet(false, true)) {
                this.count.decrementAndGet();
            }
        };
    }

    /** @return the calls in progress */
    int count() {
        return this.count.get();
    }

    /**
     * @param bound the longest wait
     * @return completes when no call is in progress, or after {@code bound}
     */
    Mono<Void> idle(Duration bound) {
        return Mono.defer(() -> this.count.get() == 0 ? Mono.<Void>empty()
                : Flux.interval(POLL).filter(tick -> this.count.get() == 0).next().then())
            .timeout(bound, Mono.empty());
    }
}
