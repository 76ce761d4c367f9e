/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.connect;

import dev.s2r.driver.api.HostAndPort;
import dev.s2r.test.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deny list of failed hosts, with a clock the test moves by hand.
 */
class HostDenyListTests {

    private static final HostAndPort H1 = HostAndPort.of("h1", 3306);
    private static final HostAndPort H2 = HostAndPort.of("h2", 3306);

    private final MovableClock clock = new MovableClock();
    private final HostDenyList list = new HostDenyList(this.clock);

    @Test
    void aDeniedHostStaysDeniedUntilItsDurationHasPassed() {
        this.list.deny(H1, Duration.ofSeconds(60));

        this.clock.advance(Duration.ofSeconds(59));
        assertThat(this.list.isDenied(H1)).isTrue();

        this.clock.advance(Duration.ofSeconds(1));
        assertThat(this.list.isDenied(H1)).isFalse();
    }

    @Test
    void onlyTheFailedHostIsDenied() {
        this.list.deny(H1, Duration.ofSeconds(60));

        assertThat(this.list.isDenied(H2)).isFalse();
        assertThat(this.list.isDenied(HostAndPort.of("h1", 3307))).isFalse();
    }

    @Test
    void aZeroDurationDeniesNothing() {
        this.list.deny(H1, Duration.ZERO);

        assertThat(this.list.isDenied(H1)).isFalse();
    }

    @Test
    void aNewFailureRestartsTheDuration() {
        this.list.deny(H1, Duration.ofSeconds(60));
        this.clock.advance(Duration.ofSeconds(50));
        this.list.deny(H1, Duration.ofSeconds(60));
        this.clock.advance(Duration.ofSeconds(50));

        assertThat(this.list.isDenied(H1)).isTrue();
    }

    @Test
    void aHostThatAcceptedAConnectionIsAllowedAgain() {
        this.list.deny(H1, Duration.ofSeconds(60));

        this.list.allow(H1);

        assertThat(this.list.isDenied(H1)).isFalse();
    }
}
