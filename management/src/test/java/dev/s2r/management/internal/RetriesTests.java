/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import dev.s2r.management.api.ManagementException;
import dev.s2r.management.api.RetryPolicy;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry policy as a Reactor {@code Retry}, in virtual time. */
final class RetriesTests {

    private static final RetryPolicy POLICY =
        new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8), 0, Duration.ofSeconds(60));

    private static ManagementException status(int status, Duration retryAfter) {
        return new ManagementException("failed", "GET", "/v1/regions", status, "", null, retryAfter, null);
    }

    private static ManagementException connection(Throwable cause) {
        return new ManagementException("failed", "GET", "/v1/regions", 0, "", null, cause);
    }

    @Test
    void connectionErrorsTooManyRequestsAndServerErrorsAreRetryable() {
        assertThat(Retries.isRetryable(connection(new IOException("Connection reset")))).isTrue();
        assertThat(Retries.isRetryable(status(429, null))).isTrue();
        assertThat(Retries.isRetryable(status(503, null))).isTrue();
    }

    @Test
    void clientErrorsAndOtherFailuresAreNotRetryable() {
        assertThat(Retries.isRetryable(status(400, null))).isFalse();
        assertThat(Retries.isRetryable(status(404, null))).isFalse();
        assertThat(Retries.isRetryable(new IllegalStateException())).isFalse();
        assertThat(Retries.isRetryable(connection(new IllegalArgumentException()))).isFalse();
    }

    @Test
    void pausesGrowExponentiallyUpToTheMaximum() {
        ManagementException error = status(500, null);
        assertThat(Retries.pause(POLICY, 0, error)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Retries.pause(POLICY, 2, error)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Retries.pause(POLICY, 5, error)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void jitterKeepsPausesWithinItsShare() {
        RetryPolicy jittered = new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(8), 0.5,
            Duration.ofSeconds(60));
        for (int i = 0; i < 100; i++) {
            assertThat(Retries.pause(jittered, 0, status(500, null)))
                .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
        }
    }

    @Test
    void retryAfterReplacesTheBackoff() {
        assertThat(Retries.pause(POLICY, 0, status(429, Duration.ofSeconds(7)))).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void retriesAtMostMaxRetriesTimes() {
        AtomicInteger attempts = new AtomicInteger();
        StepVerifier.withVirtualTime(() -> Mono.defer(() -> {
                attempts.incrementAndGet();
                return Mono.error(status(500, null));
            }).retryWhen(Retries.of(POLICY)))
            .thenAwait(Duration.ofMinutes(1))
            .expectErrorSatisfies(error -> assertThat(((ManagementException) error).status()).isEqualTo(500))
            .verify();
        assertThat(attempts).hasValue(4);
    }

    @Test
    void noRetryStartsAfterTheBudget() {
        RetryPolicy tight = new RetryPolicy(10, Duration.ofSeconds(4), Duration.ofSeconds(4), 0,
            Duration.ofSeconds(10));
        AtomicInteger attempts = new AtomicInteger();
        StepVerifier.withVirtualTime(() -> Mono.defer(() -> {
                attempts.incrementAndGet();
                return Mono.error(status(503, null));
            }).retryWhen(Retries.of(tight)))
            .thenAwait(Duration.ofMinutes(1))
            .expectError(ManagementException.class)
            .verify();
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aRetryThatSucceedsEndsTheFailure() {
        AtomicInteger attempts = new AtomicInteger();
        StepVerifier.withVirtualTime(() -> Mono.defer(() -> attempts.incrementAndGet() < 3
                ? Mono.error(status(429, Duration.ofSeconds(2))) : Mono.just("ok")).retryWhen(Retries.of(POLICY)))
            .expectSubscription()
            .expectNoEvent(Duration.ofMillis(3999))
            .thenAwait(Duration.ofMillis(1))
            .expectNext("ok")
            .verifyComplete();
    }

    @Test
    void transportParsesRetryAfterInSecondsAndAsADate() {
        assertThat(Transport.retryAfter("3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(Transport.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(Transport.retryAfter("soon")).isNull();
        assertThat(Transport.retryAfter(null)).isNull();
    }
}
