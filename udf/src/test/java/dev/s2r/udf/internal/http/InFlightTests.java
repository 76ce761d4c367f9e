/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The count of calls in progress that shutdown waits on. */
class InFlightTests {

    @Test
    void endingTwiceCountsOnce() {
        InFlight inFlight = new InFlight();
        Runnable first = inFlight.begin();
        inFlight.begin();

        first.run();
        first.run();

        assertThat(inFlight.count()).isEqualTo(1);
    }

    @Test
    void idleCompletesOnceTheLastCallEnds() {
        InFlight inFlight = new InFlight();
        Runnable end = inFlight.begin();

        StepVerifier.create(inFlight.idle(Duration.ofSeconds(10)))
            .expectSubscription()
            .expectNoEvent(Duration.ofMillis(100))
            .then(end)
            .expectComplete()
            .verify(Duration.ofSeconds(5));
        assertThat(inFlight.count()).isZero();
    }

    @Test
    void idleGivesUpAfterItsBound() {
        InFlight inFlight = new InFlight();
        inFlight.begin();

        StepVerifier.create(inFlight.idle(Duration.ofMillis(100))).verifyComplete();
        assertThat(inFlight.count()).isEqualTo(1);
    }
}
