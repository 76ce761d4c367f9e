/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.api;

import java.time.Duration;
import java.util.Objects;

/**
 * When an idempotent call (GET, PUT, DELETE) is tried again: after a connection error, a 429 Too Many Requests or a
 * 5xx answer, as the Terraform provider's HTTP client does (singlestore-server.md §1.2). The pause grows
 * exponentially from {@code minBackoff} to {@code maxBackoff}, each pause randomly shortened or lengthened by up to
 * {@code jitter} of itself; a 429's {@code Retry-After} replaces it. No retry starts when its pause would end after
 * {@code budget} counted from the first attempt. POST and PATCH calls are never retried.
 *
 * @param maxRetries the most retries of one call; 0 disables retries
 * @param minBackoff the first pause
 * @param maxBackoff the longest pause
 * @param jitter     the random share of each pause, in [0, 1]
 * @param budget     the time after the first attempt in which retries may start
 */
public record RetryPolicy(int maxRetries, Duration minBackoff, Duration maxBackoff, double jitter, Duration budget) {

    /** Three retries from 500 ms up to 10 s, 50% jitter, within 60 s: the SDK's default. */
    public static final RetryPolicy DEFAULT =
        new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(10), 0.5, Duration.ofSeconds(60));

    /** No retries. */
    public static final RetryPolicy NONE =
        new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ZERO);

    /** Checks the values. */
    public RetryPolicy {
        Objects.requireNonNull(minBackoff, "minBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(budget, "budget");
        if (maxRetries < 0 || jitter < 0 || jitter > 1 || minBackoff.isNegative()
            || maxBackoff.compareTo(minBackoff) < 0 || budget.isNegative()) {
            throw new IllegalArgumentException("invalid retry policy: " + maxRetries + ", " + minBackoff + ", "
                + maxBackoff + ", " + jitter + ", " + budget);
        }
    }
}
