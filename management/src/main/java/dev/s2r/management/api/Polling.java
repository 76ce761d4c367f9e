/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How a long operation is followed: the pause between two reads of the resource, and the time after which the
 * operation fails with {@link LongOperationException.Reason#TIMEOUT}. As in the Python SDK, the operation fails as
 * soon as the next pause would end after the timeout (python-sdk-services.md §3.4).
 *
 * @param interval the pause between two reads; positive
 * @param timeout  the longest the operation is followed; positive
 */
public record Polling(Duration interval, Duration timeout) {

    /** Checks both durations. */
    public Polling {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("interval and timeout must be positive: " + interval + ", " + timeout);
        }
    }
}
