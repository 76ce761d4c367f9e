/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.connect;

import dev.s2r.driver.api.HostAndPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hosts that recently failed to accept a connection, each until a deadline. One list is shared by every connection
 * factory of the JVM ({@link #global()}), as in SingleStore's JDBC driver, so a dead aggregator is skipped by all of
 * them. Thread-safe; expired entries are dropped when looked up.
 */
public final class HostDenyList {

    private static final HostDenyList GLOBAL = new HostDenyList(Clock.systemUTC());

    private final Clock clock;
    private final Map<HostAndPort, Instant> deniedUntil = new ConcurrentHashMap<>();

    public HostDenyList(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** @return the list shared by the whole JVM */
    public static HostDenyList global() {
        return GLOBAL;
    }

    /**
     * @param host     a host that failed
     * @param duration how long to avoid it; zero or negative does nothing
     */
    void deny(HostAndPort host, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        this.deniedUntil.put(host, this.clock.instant().plus(duration));
    }

    /**
     * @param host a host
     * @return whether it failed less than its deny duration ago
     */
    public boolean isDenied(HostAndPort host) {
        Instant until = this.deniedUntil.get(host);
        if (until == null) {
            return false;
        }
        if (this.clock.instant().isBefore(until)) {
            return true;
        }
        this.deniedUntil.remove(host, until);
        return false;
    }

    /** @param host a host that accepted a connection: it is taken off the list */
    void allow(HostAndPort host) {
        this.deniedUntil.remove(host);
    }
}
