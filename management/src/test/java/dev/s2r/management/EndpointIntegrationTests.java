/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.LongOperation;
import dev.s2r.management.api.LongOperationException;
import dev.s2r.management.api.Polling;
import dev.s2r.management.model.State;
import dev.s2r.management.model.Workspace;
import dev.s2r.management.test.ManagementApiServer;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace's SQL endpoint, played by the test database server: connecting through
 * {@code Workspace.connectionFactory}, and waiting until the endpoint answers a login.
 */
@SingleStoreTest
final class EndpointIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ManagementApiServer server = ManagementApiServer.start();
    private final SingleStoreManagement client = TestClients.builder(this.server)
        .polling(LongOperation.AWAIT_ENDPOINT, new Polling(Duration.ofMillis(100), Duration.ofSeconds(1)))
        .build();

    @AfterEach
    void stop() {
        this.server.close();
    }

    private static Workspace at(String endpoint) {
        return new Workspace("w1", "g1", "ws", "S-00", State.ACTIVE, null, endpoint, null, null, null, null, null,
            null, null, null, null, List.of());
    }

    @Test
    void theConnectionFactoryConnectsToTheEndpoint(TestDatabase database) {
        Workspace workspace = at(database.host() + ":" + database.port());

        String answer = Mono.usingWhen(Mono.from(workspace.connectionFactory(database.user(), database.password())
                    .create()),
                connection -> Mono.from(connection.createStatement("SELECT 'here'").execute())
                    .flatMap(result -> Mono.from(result.map((row, metadata) -> row.get(0, String.class)))),
                Connection::close)
            .block(WAIT);

        assertThat(answer).isEqualTo("here");
    }

    @Test
    void anEndpointThatAcceptsTheLoginIsReady(TestDatabase database) {
        Workspace workspace = at(database.host() + ":" + database.port());

        StepVerifier.create(this.client.awaitEndpoint(workspace, database.user(), database.password()))
            .expectNext(workspace)
            .verifyComplete();
    }

    @Test
    void anEndpointThatRefusesThePasswordIsReadyToo(TestDatabase database) {
        Workspace workspace = at(database.host() + ":" + database.port());

        StepVerifier.create(this.client.awaitEndpoint(workspace, database.user(), "not-the-password"))
            .expectNext(workspace)
            .verifyComplete();
    }

    @Test
    void anEndpointThatDoesNotAnswerTimesOut() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        StepVerifier.create(this.client.awaitEndpoint(at("127.0.0.1:" + closedPort), "admin", "pw"))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(LongOperationException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(LongOperationException.Reason.TIMEOUT);
                    assertThat(e.lastState()).isEqualTo("not answering");
                }))
            .verify(WAIT);
    }
}
