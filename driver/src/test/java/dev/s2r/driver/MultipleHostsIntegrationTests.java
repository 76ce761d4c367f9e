/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.HaMode;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.driver.internal.connect.HostDenyList;
import dev.s2r.test.CuttingProxy;
import dev.s2r.test.HangingUpListener;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several hosts against the real server: failover past a dead host and a host that hangs up, the deny list that
 * makes later connections skip them, a typed error in bounded time when every host is dead, no failover on a wrong
 * password, and load balancing over the server's port and a forwarding proxy to it. Each factory has its own deny
 * list, except where the test goes through R2DBC discovery (the JVM-wide list).
 */
@SingleStoreTest
final class MultipleHostsIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static TestDatabase database;

    @BeforeAll
    static void rememberDatabase(TestDatabase testDatabase) {
        database = testDatabase;
    }

    private static HostAndPort server() {
        return HostAndPort.of(database.host(), database.port());
    }

    private static HostAndPort loopback(int port) {
        return HostAndPort.of("127.0.0.1", port);
    }

    private static SingleStoreConnectionConfiguration.Builder configuration(HostAndPort... hosts) {
        return SingleStoreConnectionConfiguration.builder().url(database.url()).hosts(List.of(hosts))
            .connectTimeout(Duration.ofSeconds(5));
    }

    private static SingleStoreConnectionFactory factory(SingleStoreConnectionConfiguration configuration,
                                                        HostDenyList denyList) {
        return SingleStoreConnectionFactory.from(configuration, denyList);
    }

    private static <T> T withConnection(ConnectionFactory factory, Function<SingleStoreConnection, Mono<T>> work) {
        return Mono.usingWhen(Mono.from(factory.create()).cast(SingleStoreConnection.class), work,
            Connection::close).block(TIMEOUT);
    }

    private static HostAndPort connectedHost(ConnectionFactory factory) {
        return withConnection(factory, c -> Flux.from(c.createStatement("SELECT 1").execute())
            .concatMap(r -> r.map((row, md) -> row.get(0))).then(Mono.just(c.getHost())));
    }

    @Test
    void aConnectionSaysWhichHostItIsConnectedTo() {
        SingleStoreConnectionFactory factory = factory(configuration(server()).build(), newDenyList());

        assertThat(connectedHost(factory)).isEqualTo(server());
        String text = withConnection(factory, c -> Mono.just(c.toString()));
        assertThat(text).contains(server().toString());
    }

    @Test
    void sequentialSkipsAClosedPortAndConnectsToTheNextHost() throws Exception {
        HostAndPort dead = loopback(HangingUpListener.closedPort());
        HostDenyList denyList = newDenyList();

        HostAndPort connected = connectedHost(factory(configuration(dead, server()).build(), denyList));

        assertThat(connected).isEqualTo(server());
        assertThat(denyList.isDenied(dead)).isTrue();
        assertThat(denyList.isDenied(server())).isFalse();
    }

    @Test
    void aHostThatHungUpIsNotContactedByTheNextConnection() throws Exception {
        try (HangingUpListener hangsUp = new HangingUpListener()) {
            SingleStoreConnectionFactory factory = factory(configuration(loopback(hangsUp.port()), server()).build(),
                newDenyList());

            assertThat(connectedHost(factory)).isEqualTo(server());
            assertThat(hangsUp.accepted()).isEqualTo(1);

            assertThat(connectedHost(factory)).isEqualTo(server());
            assertThat(hangsUp.accepted()).as("connections the denied host saw").isEqualTo(1);
        }
    }

    @Test
    void aHostThatHungUpOnOneFactoryIsSkippedByEveryOtherFactoryOfTheJvm() throws Exception {
        try (HangingUpListener hangsUp = new HangingUpListener()) {
            SingleStoreConnectionConfiguration configuration = configuration(loopback(hangsUp.port()), server())
                .hostDenyDuration(Duration.ofMinutes(1)).build();

            assertThat(connectedHost(SingleStoreConnectionFactory.from(configuration))).isEqualTo(server());
            assertThat(connectedHost(SingleStoreConnectionFactory.from(configuration))).isEqualTo(server());

            assertThat(hangsUp.accepted()).as("connections the denied host saw").isEqualTo(1);
        }
    }

    @Test
    void whenEveryHostIsDeadTheErrorNamesEachOfThemWithinABoundedTime() throws Exception {
        HostAndPort first = loopback(HangingUpListener.closedPort());
        HostAndPort second = loopback(HangingUpListener.closedPort());
        SingleStoreConnectionFactory factory = factory(configuration(first, second).retriesAllDown(2).build(),
            newDenyList());

        StepVerifier.create(factory.create())
            .expectErrorSatisfies(e -> {
                assertThat(e).isInstanceOf(R2dbcNonTransientResourceException.class)
                    .hasMessageContaining("Cannot connect to any of the 2 hosts")
                    .hasMessageContaining(first + ": ")
                    .hasMessageContaining(second + ": ")
                    .hasMessageNotContaining(database.password());
                assertThat(e.getSuppressed()).hasSize(2);
            })
            .verify(TIMEOUT);
    }

    @Test
    void aWrongPasswordFailsAtOnceWithoutContactingTheNextHost() throws Exception {
        try (HangingUpListener next = new HangingUpListener()) {
            String wrong = "not-the-password-" + System.nanoTime();
            HostDenyList denyList = newDenyList();
            SingleStoreConnectionFactory factory = factory(configuration(server(), loopback(next.port()))
                .password(wrong).build(), denyList);

            StepVerifier.create(factory.create())
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(R2dbcPermissionDeniedException.class)
                    .hasMessageNotContaining(wrong))
                .verify(TIMEOUT);

            assertThat(next.accepted()).isZero();
            assertThat(denyList.isDenied(server())).isFalse();
        }
    }

    @Test
    void loadBalancingSpreadsConnectionsOverEveryHost() throws Exception {
        try (CuttingProxy forwarder = new CuttingProxy(database.host(), database.port())) {
            HostAndPort proxy = loopback(forwarder.port());
            SingleStoreConnectionFactory factory = factory(configuration(server(), proxy)
                .haMode(HaMode.LOADBALANCE).build(), newDenyList());

            Map<HostAndPort, Integer> connections = new HashMap<>();
            for (int i = 0; i < 40; i++) {
                connections.merge(connectedHost(factory), 1, Integer::sum);
            }

            assertThat(connections).containsOnlyKeys(server(), proxy);
            assertThat(connections.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
        }
    }

    @Test
    void anR2dbcUrlWithSeveralHostsFailsOverThroughDiscovery() throws Exception {
        int dead = HangingUpListener.closedPort();
        String url = "r2dbc:singlestore:failover://" + URLEncoder.encode(database.user(), StandardCharsets.UTF_8)
            + ":" + URLEncoder.encode(database.password(), StandardCharsets.UTF_8) + "@127.0.0.1:" + dead + "," + server() + "/"
            + database.database();

        assertThat(connectedHost(ConnectionFactories.get(url))).isEqualTo(server());
    }

    private static HostDenyList newDenyList() {
        return new HostDenyList(Clock.systemUTC());
    }
}
