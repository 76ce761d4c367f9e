/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import dev.s2r.management.api.ManagementException;
import dev.s2r.management.api.RetryPolicy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RetryPolicy} as a Reactor {@link Retry}: exponential backoff with jitter, a 429's {@code Retry-After}
 * instead when there is one, at most {@code maxRetries} retries, none that would start after the budget.
 */
public final class Retries {

    private Retries() {
    }

    /**
     * @param policy the policy
     * @return a {@code Retry} for {@code retryWhen} of one idempotent call; the budget starts with the subscription
     */
    public static Retry of(RetryPolicy policy) {
        return Retry.from(signals -> Flux.defer(() -> {
            long start = now();
            return signals.concatMap(signal -> {
                Throwable failure = signal.failure();
                long attempt = signal.totalRetries();
                if (!isRetryable(failure) || attempt >= policy.maxRetries()) {
                    return Mono.error(failure);
                }
                Duration pause = pause(policy, attempt, failure);
                if (now() - start + pause.toMillis() > policy.budget().toMillis()) {
                    return Mono.error(failure);
                }
                return Mono.delay(pause);
            });
        }));
    }

    /**
     * @param failure a failed call's error
     * @return whether a retry may help: a connection error or timeout, a 429, or a 5xx
     */
    public static boolean isRetryable(Throwable failure) {
        if (!(failure instanceof ManagementException management)) {
            return false;
        }
        int status = management.status();
        if (status == 0) {
            Throwable cause = management.getCause();
            return cause instanceof IOException || cause instanceof io.netty.handler.timeout.TimeoutException
                || cause instanceof java.util.concurrent.TimeoutException;
        }
        return status == 429 || status >= 500;
    }

    static Duration pause(RetryPolicy policy, long attempt, Throwable failure) {
        if (failure instanceof ManagementException management && management.retryAfter().isPresent()) {
            return management.retryAfter().get();
        }
        long min = Math.max(1, policy.minBackoff().toMillis());
        long exponential = min << Math.min(attempt, 30);
        long base = Math.min(policy.maxBackoff().toMillis(), exponential < 0 ? Long.MAX_VALUE : exponential);
        double spread = policy.jitter() * base;
        double offset = spread == 0 ? 0 : ThreadLocalRandom.current().nextDouble(-spread, spread);
        return Duration.ofMillis(Math.max(0, Math.min(policy.maxBackoff().toMillis(), Math.round(base + offset))));
    }

    private static long now() {
        return Schedulers.parallel().now(TimeUnit.MILLISECONDS);
    }
}
