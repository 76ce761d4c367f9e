/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.model.StarterWorkspace;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A starter workspace's endpoint, played by the test database server: the connection factory logs in to the
 * workspace's database, so statements run without a {@code USE} (the shared tier answers error 1046 otherwise,
 * python-sdk-audit.md "Management").
 */
@SingleStoreTest
final class StarterEndpointIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void theConnectionIsInTheWorkspacesDatabase(TestDatabase database) {
        StarterWorkspace workspace = new StarterWorkspace("v1", "dev", database.database(),
            database.host() + ":" + database.port(), null, null, null);

        String current = Mono.usingWhen(Mono.from(workspace.connectionFactory(database.user(), database.password(),
                    Duration.ofSeconds(10)).create()),
                connection -> Mono.from(connection.createStatement("SELECT DATABASE()").execute())
                    .flatMap(result -> Mono.from(result.map((row, metadata) -> row.get(0, String.class)))),
                Connection::close)
            .block(WAIT);

        assertThat(current).isEqualTo(database.database());
    }
}
