/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static dev.s2r.driver.test.dataapi.DataApiClient.columns;
import static dev.s2r.driver.test.dataapi.DataApiClient.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of {@link DataApiServer}'s {@code args}: each is interpolated as the Go MySQL driver does it
 * with the Go value that plain JSON parsing gives.
 */
@SingleStoreTest
final class DataApiServerArgsIntegrationTests {

    private static DataApiServer server;
    private static DataApiClient client;

    @BeforeAll
    static void start(TestDatabase database) {
        database.execute("CREATE TABLE blobs (id INT PRIMARY KEY, b BLOB)",
            "CREATE TABLE bigs (id INT PRIMARY KEY, v BIGINT)");
        server = DataApiServer.start(database);
        client = new DataApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void base64StringIsStoredAsItsTextNotDecoded() {
        String base64 = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        exec("INSERT INTO blobs VALUES (1, ?)", base64);

        HttpResponse<String> response = client.tuples("SELECT CAST(b AS CHAR) AS text FROM blobs WHERE id = 1");

        assertThat(rows(response).path(0).path(0).asText()).isEqualTo("aGVsbG8=");
    }

    @Test
    void numberIsWrittenAsGoWritesAFloat64() {
        HttpResponse<String> response = client.tuples("SELECT ?", 1_000_000);

        JsonNode column = columns(response).path(0);
        assertThat(column.path("name").asText()).as("the engine names the column by the literal it got")
            .isEqualTo("1e+06");
        assertThat(column.path("dataType").asText()).isEqualTo("DOUBLE");
    }

    @Test
    void integerBeyondTwoToTheFiftyThreeLosesPrecision() {
        exec("INSERT INTO bigs VALUES (1, ?)", new BigInteger("9007199254740993"));

        HttpResponse<String> response = client.tuples("SELECT v FROM bigs WHERE id = 1");

        assertThat(rows(response).path(0).path(0).asText()).isEqualTo("9007199254740992");
    }

    @Test
    void integerSentAsAStringKeepsItsPrecision() {
        exec("INSERT INTO bigs VALUES (2, ?)", "9007199254740993");

        HttpResponse<String> response = client.tuples("SELECT v FROM bigs WHERE id = 2");

        assertThat(rows(response).path(0).path(0).asText()).isEqualTo("9007199254740993");
    }

    @Test
    void stringWithQuotesAndBackslashesIsEscaped() {
        String text = "it's \"quoted\" \\ and\nnew";

        HttpResponse<String> response = client.tuples("SELECT ? AS s", text);

        assertThat(rows(response).path(0).path(0).asText()).isEqualTo(text);
    }

    @Test
    void booleansBecomeOneAndZeroAndNullBecomesNull() {
        HttpResponse<String> response = client.tuples("SELECT ? AS t, ? AS f, ? AS n", true, false, null);

        assertThat(rows(response).path(0).toString()).isEqualTo("[1,0,null]");
    }

    @Test
    void argumentCountThatDiffersIs400() {
        HttpResponse<String> response = client.tuples("SELECT ?, ?", 1);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("sql: expected 2 arguments, got 1\n");
    }

    @Test
    void objectArgumentIsRefusedWith400() {
        HttpResponse<String> response = client.tuples("SELECT ?", Map.of("a", 1));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unsupported type");
    }

    @Test
    void questionMarkInALiteralIsReplacedWhenTheCharacterCountMatches() {
        HttpResponse<String> response = client.tuples("SELECT '?' AS a, ? AS b", "x", "y");

        assertThat(response.statusCode()).as("the literal became ''x'', a syntax error").isEqualTo(400);
        assertThat(response.body()).startsWith("Error 1064 ");
    }

    @Test
    void questionMarkInALiteralStaysWhenOnlyTheRealMarkersMatch() {
        HttpResponse<String> response = client.tuples("SELECT '?' AS a, ? AS b", "y");

        assertThat(rows(response).path(0).toString()).isEqualTo("[\"?\",\"y\"]");
    }

    private static void exec(String sql, Object... args) {
        HttpResponse<String> response = client.post("/api/v2/exec", client.body(sql, args));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
