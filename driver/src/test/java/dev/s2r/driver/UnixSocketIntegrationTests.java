/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;
import dev.s2r.test.TestUser;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Connecting through the server's Unix domain socket: an embedded MariaDB listening on a socket file of the test.
 */
final class UnixSocketIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static Path directory;
    private static Path socket;
    private static TestServer server;

    @BeforeAll
    static void startServerWithSocket() throws Exception {
        directory = Files.createTempDirectory("s2r-uds");
        socket = directory.resolve("mariadb.sock");
        server = TestServers.startEmbedded(List.of("--socket=" + socket));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        Files.deleteIfExists(socket);
        Files.deleteIfExists(directory);
    }

    private static String url(String socketPath) {
        return "r2dbc:singlestore://" + TestUser.MAIN.name() + ":" + TestUser.MAIN.password() + "@localhost/?socket="
            + socketPath;
    }

    @Test
    void queriesRunOverTheUnixSocket() {
        List<String> values = Flux.usingWhen(ConnectionFactories.get(url(socket.toString())).create(),
                c -> Flux.from(c.createStatement("SELECT ?").bind(0, "over the socket").execute())
                    .concatMap(r -> r.map((row, md) -> row.get(0, String.class))),
                Connection::close)
            .collectList().block(TIMEOUT);

        assertThat(values).containsExactly("over the socket");
    }

    @Test
    void theServerSeesALocalSocketConnection() {
        String host = Flux.usingWhen(ConnectionFactories.get(url(socket.toString())).create(),
                c -> Flux.from(c.createStatement("SELECT HOST FROM information_schema.PROCESSLIST "
                        + "WHERE ID = CONNECTION_ID()").execute())
                    .concatMap(r -> r.map((row, md) -> row.get(0, String.class))),
                Connection::close)
            .blockLast(TIMEOUT);

        assertThat(host).isEqualTo("localhost");
    }

    @Test
    void aMissingSocketFileFailsWithAClearError() {
        String missing = directory.resolve("nobody-listens.sock").toString();

        assertThatThrownBy(() -> Flux.from(ConnectionFactories.get(url(missing)).create()).blockLast(TIMEOUT))
            .isInstanceOf(R2dbcNonTransientResourceException.class)
            .hasMessageContaining("nobody-listens.sock");
    }
}
