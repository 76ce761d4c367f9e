/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.connect;

import dev.s2r.driver.api.HaMode;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.test.MovableClock;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.R2dbcTimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Picking a host for a new connection, with attempts that succeed or fail on demand: order, deny list, fail-fast on
 * server errors, passes, and the error when every host fails.
 */
class HostConnectorTests {

    private static final Duration VERIFY = Duration.ofSeconds(10);
    private static final HostAndPort H1 = HostAndPort.of("h1", 3306);
    private static final HostAndPort H2 = HostAndPort.of("h2", 3307);
    private static final HostAndPort H3 = HostAndPort.of("h3", 3308);
    private static final Duration DENY = Duration.ofSeconds(60);

    private final MovableClock clock = new MovableClock();
    private final HostDenyList denyList = new HostDenyList(this.clock);
    private final List<HostAndPort> attempts = Collections.synchronizedList(new ArrayList<>());

    private HostConnector connector(HaMode mode, int passes, HostAndPort... hosts) {
        return new HostConnector(List.of(hosts), mode, DENY, passes, Duration.ofMillis(1), this.denyList,
            () -> new Random(7));
    }

    /** Attempts that fail with the given error for some hosts and succeed with the host's name for the others. */
    private Function<HostAndPort, Mono<String>> attempt(Map<HostAndPort, Throwable> failures) {
        return host -> {
            this.attempts.add(host);
            Throwable failure = failures.get(host);
            return failure == null ? Mono.just(host.host()) : Mono.error(failure);
        };
    }

    private static R2dbcNonTransientResourceException refused(HostAndPort host) {
        return new R2dbcNonTransientResourceException("Cannot connect to " + host + ": Connection refused", "08001",
            0, (String) null);
    }

    private static R2dbcNonTransientResourceException closed() {
        return new R2dbcNonTransientResourceException("Connection closed unexpectedly by the server", "08006", 0,
            (String) null);
    }

    @Test
    void sequentialUsesTheFirstHostThatAnswers() {
        StepVerifier.create(connector(HaMode.SEQUENTIAL, 1, H1, H2, H3).connect(attempt(Map.of(H1, refused(H1)))))
            .expectNext("h2")
            .verifyComplete();

        assertThat(this.attempts).containsExactly(H1, H2);
    }

    @Test
    void aHostThatFailedIsDeniedAndTheNextConnectionSkipsIt() {
        HostConnector connector = connector(HaMode.SEQUENTIAL, 1, H1, H2);
        connector.connect(attempt(Map.of(H1, closed()))).block(VERIFY);
        this.attempts.clear();

        StepVerifier.create(connector.connect(attempt(Map.of()))).expectNext("h2").verifyComplete();

        assertThat(this.denyList.isDenied(H1)).isTrue();
        assertThat(this.attempts).containsExactly(H2);
    }

    @Test
    void aDeniedHostIsTriedAgainOnceItsDurationHasPassed() {
        this.denyList.deny(H1, DENY);
        this.clock.advance(DENY);

        StepVerifier.create(connector(HaMode.SEQUENTIAL, 1, H1, H2).connect(attempt(Map.of())))
            .expectNext("h1")
            .verifyComplete();
    }

    @Test
    void deniedHostsAreTriedLastWhenEveryOtherHostFails() {
        this.denyList.deny(H1, DENY);

        StepVerifier.create(connector(HaMode.SEQUENTIAL, 1, H1, H2, H3)
                .connect(attempt(Map.of(H2, refused(H2), H3, refused(H3)))))
            .expectNext("h1")
            .verifyComplete();

        assertThat(this.attempts).containsExactly(H2, H3, H1);
        assertThat(this.denyList.isDenied(H1)).as("a host that answered is allowed again").isFalse();
    }

    @Test
    void whenEveryHostIsDeniedTheyAreTriedInOrder() {
        this.denyList.deny(H2, DENY);
        this.denyList.deny(H1, DENY);

        assertThat(connector(HaMode.SEQUENTIAL, 1, H1, H2).order()).containsExactly(H1, H2);
    }

    @Test
    void aWrongPasswordFailsAtOnceWithoutTryingTheNextHost() {
        R2dbcPermissionDeniedException denied = new R2dbcPermissionDeniedException("Access denied for user 'u'",
            "28000", 1045);

        StepVerifier.create(connector(HaMode.SEQUENTIAL, 3, H1, H2).connect(attempt(Map.of(H1, denied))))
            .expectErrorSatisfies(e -> assertThat(e).isSameAs(denied))
            .verify(VERIFY);

        assertThat(this.attempts).containsExactly(H1);
        assertThat(this.denyList.isDenied(H1)).isFalse();
    }

    @Test
    void aClientSideErrorFailsAtOnceToo() {
        IllegalStateException bug = new IllegalStateException("bug");

        StepVerifier.create(connector(HaMode.SEQUENTIAL, 3, H1, H2).connect(attempt(Map.of(H1, bug))))
            .expectErrorSatisfies(e -> assertThat(e).isSameAs(bug))
            .verify(VERIFY);

        assertThat(this.attempts).containsExactly(H1);
    }

    @Test
    void whenEveryHostFailsTheErrorListsEachHostAndItsFailure() {
        StepVerifier.create(connector(HaMode.SEQUENTIAL, 1, H1, H2)
                .connect(attempt(Map.of(H1, refused(H1), H2, closed()))))
            .expectErrorSatisfies(e -> {
                assertThat(e).isInstanceOf(R2dbcNonTransientResourceException.class)
                    .hasMessageContaining("Cannot connect to any of the 2 hosts (SEQUENTIAL, 1 pass)")
                    .hasMessageContaining("h1:3306: Cannot connect to h1:3306: Connection refused")
                    .hasMessageContaining("h2:3307: Connection closed unexpectedly by the server");
                assertThat(((R2dbcNonTransientResourceException) e).getSqlState()).isEqualTo("08001");
                assertThat(e.getSuppressed()).hasSize(2);
            })
            .verify(VERIFY);
    }

    @Test
    void everyHostIsTriedOncePerPassUpToTheNumberOfPasses() {
        StepVerifier.create(connector(HaMode.SEQUENTIAL, 3, H1, H2)
                .connect(attempt(Map.of(H1, refused(H1), H2, refused(H2)))))
            .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("3 passes"))
            .verify(VERIFY);

        assertThat(this.attempts).containsExactly(H1, H2, H1, H2, H1, H2);
    }

    @Test
    void aLaterPassSucceedsWhenAHostComesBack() {
        Map<HostAndPort, Throwable> failures = new HashMap<>(Map.of(H1, refused(H1), H2, refused(H2)));
        Function<HostAndPort, Mono<String>> attempt = host -> {
            Mono<String> result = attempt(failures).apply(host);
            if (this.attempts.size() == 2) {
                failures.remove(H2);
            }
            return result;
        };

        StepVerifier.create(connector(HaMode.SEQUENTIAL, 3, H1, H2).connect(attempt))
            .expectNext("h2")
            .verifyComplete();

        assertThat(this.attempts).containsExactly(H1, H2, H1, H2);
    }

    @Test
    void aSingleHostIsTriedOnceAndItsErrorIsPassedOnUnchanged() {
        R2dbcNonTransientResourceException refused = refused(H1);

        StepVerifier.create(connector(HaMode.SEQUENTIAL, 3, H1).connect(attempt(Map.of(H1, refused))))
            .expectErrorSatisfies(e -> assertThat(e).isSameAs(refused))
            .verify(VERIFY);

        assertThat(this.attempts).containsExactly(H1);
    }

    @Test
    void eachSubscriptionStartsAfresh() {
        Mono<String> connection = connector(HaMode.SEQUENTIAL, 1, H1, H2).connect(attempt(Map.of()));

        assertThat(connection.block(VERIFY)).isEqualTo("h1");
        assertThat(connection.block(VERIFY)).isEqualTo("h1");
        assertThat(this.attempts).containsExactly(H1, H1);
    }

    @Test
    void loadBalancingShufflesTheHostsForEachConnection() {
        Random random = new Random(11);
        HostConnector connector = new HostConnector(List.of(H1, H2, H3), HaMode.LOADBALANCE, DENY, 1,
            Duration.ofMillis(1), this.denyList, () -> random);
        Map<HostAndPort, Integer> first = new HashMap<>();

        for (int i = 0; i < 300; i++) {
            List<HostAndPort> order = connector.order();
            assertThat(order).containsExactlyInAnyOrder(H1, H2, H3);
            first.merge(order.get(0), 1, Integer::sum);
        }

        assertThat(first).containsOnlyKeys(H1, H2, H3);
        assertThat(first.values()).allSatisfy(count -> assertThat(count).isGreaterThan(50));
    }

    @Test
    void loadBalancingPutsDeniedHostsLast() {
        this.denyList.deny(H2, DENY);
        HostConnector connector = connector(HaMode.LOADBALANCE, 1, H1, H2, H3);

        for (int i = 0; i < 20; i++) {
            assertThat(connector.order().get(2)).isEqualTo(H2);
        }
    }

    @Test
    void connectionFailuresAreTheOnesWithoutAServerErrorCode() {
        assertThat(HostConnector.isConnectionFailure(refused(H1))).isTrue();
        assertThat(HostConnector.isConnectionFailure(closed())).isTrue();
        assertThat(HostConnector.isConnectionFailure(new R2dbcNonTransientResourceException("garbage", "08S01", 0,
            (String) null))).isTrue();
        assertThat(HostConnector.isConnectionFailure(new R2dbcTimeoutException("silent", "HYT00", 0))).isTrue();
        assertThat(HostConnector.isConnectionFailure(new R2dbcNonTransientResourceException("Too many connections",
            "08004", 1040))).isFalse();
        assertThat(HostConnector.isConnectionFailure(new R2dbcNonTransientResourceException(
            "sslMode=REQUIRED requires TLS, but the server does not offer it", "08004", 0))).isFalse();
        assertThat(HostConnector.isConnectionFailure(new R2dbcPermissionDeniedException("Authentication failed",
            "28000", 0))).isFalse();
        assertThat(HostConnector.isConnectionFailure(new R2dbcBadGrammarException("Unknown database", "42000",
            1049))).isFalse();
    }
}
