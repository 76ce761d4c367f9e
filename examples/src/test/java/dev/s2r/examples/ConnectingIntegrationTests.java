/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.examples;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's ways of connecting run against a real server. */
@SingleStoreTest
final class ConnectingIntegrationTests {

    @Test
    void theUrlAndTheTypedOptionsConnectAndStreamRows(TestDatabase database) {
        database.execute("CREATE TABLE animals (name VARCHAR(50) PRIMARY KEY, legs INT)",
            "INSERT INTO animals VALUES ('antelope', 4), ('crow', 2), ('spider', 8)");

        assertThat(Connecting.run(database.url())).containsExactlyInAnyOrder("antelope", "spider", "antelope",
            "spider");
    }

    @Test
    void theBuilderMakesAVerifyingFactoryWithoutConnecting() {
        assertThat(Connecting.programmatically("db.example.com", "app", "secret", java.nio.file.Path.of("ca.pem"))
            .getConfiguration().toString()).contains("sslMode=VERIFY_IDENTITY").doesNotContain("secret");
    }
}
