/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.examples;

import dev.s2r.driver.test.dataapi.DataApiServer;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The Data API example runs against the test Data API server, backed by a real database. */
@SingleStoreTest
final class DataApiIntegrationTests {

    @Test
    void theExampleInsertsQueriesAndIsToldWhyATransactionIsRefused(TestDatabase database) {
        database.execute("CREATE TABLE animals (name VARCHAR(50) PRIMARY KEY, legs INT)",
            "INSERT INTO animals VALUES ('crow', 2), ('spider', 8)");
        try (DataApiServer server = DataApiServer.start(database)) {
            String url = "r2dbc:singlestore:http://" + URLEncoder.encode(server.user(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(server.password(), StandardCharsets.UTF_8) + "@127.0.0.1:" + server.port() + "/"
                + server.database();

            assertThat(DataApi.run(url)).hasSize(3)
                .contains("ant", "spider")
                .anySatisfy(message -> assertThat(message).startsWith("A transaction needs a session"));
        }
    }
}
