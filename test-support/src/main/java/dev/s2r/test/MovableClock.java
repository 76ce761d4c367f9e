/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A {@link Clock} that moves only when told to, for code that measures time (timeouts, expiry) under test. It is
 * in UTC; any thread sees where it was last moved to, but it should be moved from one thread at a time.
 */
public final class MovableClock extends Clock {

    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    /** Creates a clock that reads 2026-01-01T00:00:00Z until it is moved. */
    public MovableClock() {
    }

    /**
     * Moves the clock forward (or back, for a negative duration).
     *
     * @param duration how far to move the clock
     */
    public void advance(Duration duration) {
        this.now = this.now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return this.now;
    }
}
