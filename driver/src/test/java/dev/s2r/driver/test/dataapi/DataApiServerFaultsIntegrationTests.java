/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;

import static dev.s2r.driver.test.dataapi.DataApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Integration tests of {@link DataApiServer}'s fault switches, and of its HTTPS.
 */
@SingleStoreTest
final class DataApiServerFaultsIntegrationTests {

    private static final String TEN_ROWS = "SELECT i FROM ten ORDER BY i";

    private static DataApiServer server;
    private static DataApiClient client;

    @BeforeAll
    static void start(TestDatabase database) {
        database.execute("CREATE TABLE ten (i INT PRIMARY KEY)",
            "INSERT INTO ten VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)");
        server = DataApiServer.start(database);
        client = new DataApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void everyFaultWasTaken() {
        assertThat(server.pendingFaults()).isZero();
    }

    @Test
    void lateErrorEndsTheBodyWithAnErrorObjectAfterTheRows() {
        server.failNextAfterRows(3, 1317, "Query execution was interrupted");

        HttpResponse<String> response = client.tuples(TEN_ROWS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).endsWith("\"rows\":[[1],[2],[3]]}],"
            + "\"error\":{\"code\":1317,\"message\":\"Query execution was interrupted\"}}");
    }

    @Test
    void lateErrorBeforeAnyRowStillAnswers200WithTheColumns() {
        server.failNextAfterRows(0, 1317, "Query execution was interrupted");

        HttpResponse<String> response = client.tuples(TEN_ROWS);

        JsonNode body = json(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.path("results").path(0).path("columns")).hasSize(1);
        assertThat(body.path("results").path(0).path("rows")).isEmpty();
        assertThat(body.path("error").path("code").asInt()).isEqualTo(1317);
    }

    @Test
    void cutClosesTheConnectionInTheMiddleOfARow() throws IOException {
        server.cutNextAfterRows(2);
        HttpResponse<InputStream> response = client.http().sendAsync(client.request("/api/v2/query/tuples")
                .POST(HttpRequest.BodyPublishers.ofString(client.body(TEN_ROWS))).build(),
            HttpResponse.BodyHandlers.ofInputStream()).join();
        assertThat(response.statusCode()).isEqualTo(200);

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
            try (InputStream body = response.body()) {
                byte[] buffer = new byte[256];
                int read;
                while ((read = body.read(buffer)) >= 0) {
                    received.write(buffer, 0, read);
                }
            }
        }).isInstanceOf(IOException.class);
        String text = received.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"rows\":[[1],[2],").doesNotContain("[3]");
    }

    @Test
    void htmlAnswerAsFromAProxy() {
        server.answerNextWithHtml(502);

        HttpResponse<String> response = client.tuples("SELECT 1");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(response.body()).startsWith("<html>").contains("502 Bad Gateway");
    }

    @Test
    void slowAnswerArrivesAfterTheDelay() {
        server.delayNext(Duration.ofMillis(1500));
        long start = System.nanoTime();

        HttpResponse<String> response = client.tuples("SELECT 1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void slowAnswerOutlastsAShorterClientTimeout() {
        server.delayNext(Duration.ofSeconds(3));

        assertThatThrownBy(() -> client.http().send(client.request("/api/v2/query/tuples")
                .timeout(Duration.ofMillis(300))
                .POST(HttpRequest.BodyPublishers.ofString(client.body("SELECT 1"))).build(),
            HttpResponse.BodyHandlers.ofString()))
            .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void successfulAnswerWithAnotherContentType() {
        server.answerNextWithContentType("text/plain");

        HttpResponse<String> response = client.tuples("SELECT 1 AS one");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(json(response.body()).path("results").path(0).path("rows").toString()).isEqualTo("[[1]]");
    }

    @Test
    void faultsGoToSuccessiveApiRequestsInOrderAndPingTakesNone() {
        server.answerNextWithHtml(503);
        server.answerNextWithContentType("text/plain");

        HttpResponse<String> ping = client.send(HttpRequest.newBuilder(server.uri("/ping")).GET().build());
        HttpResponse<String> first = client.tuples("SELECT 1");
        HttpResponse<String> second = client.tuples("SELECT 1");
        HttpResponse<String> third = client.tuples("SELECT 1");

        assertThat(ping.body()).isEqualTo("pong");
        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(third.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void httpsWithASelfSignedCertificate(TestDatabase database, @TempDir Path directory) throws Exception {
        try (DataApiServer https = DataApiServer.builder(database).https(directory).start()) {
            DataApiClient secure = new DataApiClient(https, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).sslContext(trusting(https.certificate())).build());

            HttpResponse<String> response = secure.tuples("SELECT 1 AS one");

            assertThat(https.baseUrl()).startsWith("https://127.0.0.1:");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"results\":[{\"columns\":[{\"name\":\"one\","
                + "\"dataType\":\"INT\",\"nullable\":false}],\"rows\":[[1]]}]}");
        }
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry("dataapi", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
