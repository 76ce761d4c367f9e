/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import dev.s2r.management.api.LongOperation;
import dev.s2r.management.api.LongOperationException;
import dev.s2r.management.api.Polling;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The polling of long operations, in virtual time. */
final class PollerTests {

    private static final Polling POLLING = new Polling(Duration.ofSeconds(10), Duration.ofSeconds(60));

    private final AtomicInteger reads = new AtomicInteger();

    private Poller<String> poller() {
        return new Poller<>(LongOperation.CREATE_WORKSPACE, POLLING, state -> state, state -> state,
            "ACTIVE"::equals, "FAILED"::equals);
    }

    private Mono<String> reading(String... states) {
        Iterator<String> next = List.of(states).iterator();
        return Mono.fromSupplier(() -> {
            this.reads.incrementAndGet();
            return next.hasNext() ? next.next() : "PENDING";
        });
    }

    @Test
    void emitsEachStateOnceAndCompletesAtTheTarget() {
        StepVerifier.withVirtualTime(() -> poller().follow("w1", "/v1/workspaces/w1",
                reading("PENDING", "PENDING", "PENDING", "ACTIVE")))
            .expectNext("PENDING")
            .thenAwait(Duration.ofSeconds(30))
            .expectNext("ACTIVE")
            .verifyComplete();
        assertThat(this.reads).hasValue(4);
    }

    @Test
    void readsOnlyAfterEachInterval() {
        StepVerifier.withVirtualTime(() -> poller().follow("w1", "/p", reading("PENDING", "ACTIVE")))
            .expectNext("PENDING")
            .thenAwait(Duration.ofSeconds(9))
            .then(() -> assertThat(this.reads).hasValue(1))
            .thenAwait(Duration.ofSeconds(1))
            .expectNext("ACTIVE")
            .verifyComplete();
    }

    @Test
    void aFailedStateIsEmittedThenSignalledAsAnError() {
        StepVerifier.withVirtualTime(() -> poller().follow("w1", "/p", reading("PENDING", "FAILED")))
            .expectNext("PENDING")
            .thenAwait(Duration.ofSeconds(10))
            .expectNext("FAILED")
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(LongOperationException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(LongOperationException.Reason.FAILED);
                    assertThat(e.lastState()).isEqualTo("FAILED");
                    assertThat(e.resourceId()).isEqualTo("w1");
                }))
            .verify();
    }

    @Test
    void failsWhenTheNextPauseWouldEndAfterTheTimeout() {
        StepVerifier.withVirtualTime(() -> poller().follow("w1", "/p", reading()))
            .expectNext("PENDING")
            .thenAwait(Duration.ofSeconds(60))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(LongOperationException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(LongOperationException.Reason.TIMEOUT);
                    assertThat(e.lastState()).isEqualTo("PENDING");
                    assertThat(e.getMessage()).contains("did not finish within its timeout");
                }))
            .verify();
        assertThat(this.reads).hasValue(7); // at 0, 10, ..., 60 s
    }

    @Test
    void cancellingStopsTheReads() {
        StepVerifier.withVirtualTime(() -> poller().follow("w1", "/p", reading()))
            .expectNext("PENDING")
            .thenAwait(Duration.ofSeconds(20))
            .thenCancel()
            .verify();
        int afterCancel = this.reads.get();

        StepVerifier.withVirtualTime(() -> Mono.delay(Duration.ofMinutes(5))).thenAwait(Duration.ofMinutes(5))
            .expectNextCount(1).verifyComplete();
        assertThat(this.reads).hasValue(afterCancel);
    }
}
