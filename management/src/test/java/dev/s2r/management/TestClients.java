/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.Polling;
import dev.s2r.management.api.RetryPolicy;
import dev.s2r.management.test.ManagementApiServer;

import java.time.Duration;

/** Clients of a {@link ManagementApiServer} with short pauses, and nothing read from the environment. */
final class TestClients {

    /** Polls every 50 ms for up to 5 s. */
    static final Polling FAST = new Polling(Duration.ofMillis(50), Duration.ofSeconds(5));

    private TestClients() {
    }

    static SingleStoreManagementBuilder builder(ManagementApiServer server) {
        return SingleStoreManagement.builder().environment(name -> null).baseUrl(server.baseUrl())
            .token(server.token()).polling(FAST)
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(100), 0.5,
                Duration.ofSeconds(10)));
    }

    static SingleStoreManagement client(ManagementApiServer server) {
        return builder(server).build();
    }
}
