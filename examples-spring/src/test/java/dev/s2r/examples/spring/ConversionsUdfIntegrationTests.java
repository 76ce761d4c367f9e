/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code fahrenheit} function of {@link Conversions} answers the engine's calls on the application's own port.
 * The requests are built as the engine sends them (python-sdk-services.md §2 "External functions": headers
 * {@code content-type}, {@code accepts} (not {@code accept}), {@code s2-ef-name}, {@code s2-ef-version: 1.0};
 * §2.6: JSON bodies {@code {"data": [[row_id, args...], ...]}}).
 */
@SingleStoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversionsUdfIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SensorsApplicationContext application;
    private WebTestClient client;

    @BeforeAll
    void start(TestDatabase database) {
        application = SensorsApplicationContext.start(database);
        client = application.webTestClient();
    }

    @AfterAll
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aJsonCallIsAnsweredInJsonWithEveryRowIdAndItsResult() throws Exception {
        EntityExchangeResult<byte[]> result = invoke("fahrenheit", "{\"data\": [[1, 100.0], [2, -40.0], [7, 0.0]]}")
            .expectStatus().isOk()
            .expectHeader().valueEquals("content-type", "application/json")
            .expectBody().returnResult();

        JsonNode body = JSON.readTree(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8));
        assertThat(body).isEqualTo(JSON.readTree("{\"data\": [[1, 212.0], [2, -40.0], [7, 32.0]]}"));
    }

    @Test
    void anUnknownFunctionIsNotFoundWithAnEmptyBody() {
        invoke("celsius", "{\"data\": [[1, 212.0]]}")
            .expectStatus().isNotFound()
            .expectBody().isEmpty();
    }

    @Test
    void theCreateStatementNamesTheFunctionAndItsTypes() {
        String ddl = client.get().uri("/show/create_function").exchange()
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();

        assertThat(ddl).contains("EXTERNAL FUNCTION", "fahrenheit", "DOUBLE", "/invoke");
    }

    private WebTestClient.ResponseSpec invoke(String function, String body) {
        return client.post().uri("/invoke")
            .header("content-type", "application/json")
            .header("accepts", "application/json")
            .header("s2-ef-name", function)
            .header("s2-ef-version", "1.0")
            .bodyValue(body.getBytes(StandardCharsets.UTF_8))
            .exchange();
    }
}
