/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import dev.s2r.test.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static dev.s2r.driver.test.dataapi.DataApiClient.columns;
import static dev.s2r.driver.test.dataapi.DataApiClient.field;
import static dev.s2r.driver.test.dataapi.DataApiClient.json;
import static dev.s2r.driver.test.dataapi.DataApiClient.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of {@link DataApiServer}: endpoints, credentials, request checks and error answers.
 */
@SingleStoreTest
final class DataApiServerIntegrationTests {

    /** How python-sdk-driver.md §5.3 says clients read the error number of an error body. */
    private static final String ERROR_PATTERN = "(?s)^Error\\s+(\\d+).*?:.*";

    private static DataApiServer server;
    private static DataApiClient client;
    private static TestDatabase db;

    @BeforeAll
    static void start(TestDatabase database) {
        database.execute("CREATE TABLE items (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) NOT NULL)",
            "INSERT INTO items (name) VALUES ('a'), ('b')",
            "CREATE PROCEDURE two_sets() BEGIN SELECT 1 AS one; SELECT 'x' AS letter, 2 AS two; END");
        db = database;
        server = DataApiServer.start(database);
        client = new DataApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pingAnswersPongWithoutCredentials() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/ping")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("pong");
    }

    @Test
    void queryTuplesAnswersColumnsAndRows() {
        HttpResponse<String> response = client.tuples("SELECT id, name FROM items WHERE id <= 2 ORDER BY id");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(response.body()).toString()).isEqualTo("{\"results\":[{\"columns\":["
            + "{\"name\":\"id\",\"dataType\":\"INT\",\"nullable\":false},"
            + "{\"name\":\"name\",\"dataType\":\"VARCHAR\",\"nullable\":false}],"
            + "\"rows\":[[1,\"a\"],[2,\"b\"]]}]}");
    }

    @Test
    void queryRowsAnswersObjectsKeyedByColumnName() {
        HttpResponse<String> response = client.post("/api/v2/query/rows",
            client.body("SELECT id, name FROM items WHERE id <= 2 ORDER BY id"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"results\":[{\"rows\":[{\"id\":1,\"name\":\"a\"},"
            + "{\"id\":2,\"name\":\"b\"}]}]}");
    }

    @Test
    void execAnswersLastInsertIdAndRowsAffected() {
        HttpResponse<String> response = client.post("/api/v2/exec",
            client.body("INSERT INTO items (name) VALUES ('c'), ('d')"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json(response.body());
        assertThat(answer.path("rowsAffected").asLong()).isEqualTo(2);
        assertThat(answer.path("lastInsertId").asLong()).isGreaterThan(2);
    }

    @Test
    void v1EndpointsAnswerToo() {
        HttpResponse<String> response = client.post("/api/v1/query/rows", client.body("SELECT 1 AS one"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"results\":[{\"rows\":[{\"one\":1}]}]}");
    }

    @Test
    void callAnswersOneEntryPerResultSet() {
        HttpResponse<String> response = client.tuples("CALL two_sets()");

        JsonNode results = json(response.body()).path("results");
        assertThat(results).hasSize(2);
        assertThat(results.path(0).path("rows").toString()).isEqualTo("[[1]]");
        assertThat(results.path(1).path("rows").toString()).isEqualTo("[[\"x\",2]]");
    }

    @Test
    void noSessionStateCarriesOverBetweenRequests() {
        client.post("/api/v2/exec", client.body("SET @carried = 42"));

        HttpResponse<String> response = client.tuples("SELECT @carried AS carried");

        assertThat(rows(response).toString()).isEqualTo("[[null]]");
    }

    @Test
    void withoutDatabaseThereIsNoContextDatabase() {
        HttpResponse<String> response = client.post("/api/v2/query/tuples", "{\"sql\":\"SELECT DATABASE() AS d\"}");

        assertThat(rows(response).toString()).isEqualTo("[[null]]");
    }

    @Test
    void unknownPathIs404() {
        HttpResponse<String> response = client.post("/api/v2/query/nothing", client.body("SELECT 1"));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void getOnAnEndpointIs405() {
        HttpResponse<String> response = client.send(client.request("/api/v2/query/tuples").GET().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void missingCredentialsAre401WithAChallenge() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/api/v2/query/tuples"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(client.body("SELECT 1"))).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
            challenge -> assertThat(challenge).startsWith("Basic "));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    }

    @Test
    void basicWithAWrongPasswordIs401AsTheEngineRefusesTheLogin() {
        HttpResponse<String> response = client.send(client.request("/api/v2/query/tuples")
            .setHeader("Authorization", DataApiServer.basicAuthorization(server.user(), "wrong"))
            .POST(HttpRequest.BodyPublishers.ofString(client.body("SELECT 1"))).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(response.body()).matches(ERROR_PATTERN).startsWith("Error 1045 (28000): Access denied");
    }

    @Test
    void configuredUserSetRefusesOtherAccountsWithout401FromTheEngine() {
        try (DataApiServer only = DataApiServer.builder(db).users(new TestUser("nobody", "secret")).start()) {
            HttpResponse<String> response = new DataApiClient(only).tuples("SELECT 1");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).doesNotStartWith("Error");
        }
    }

    @Test
    void bearerWithAnIssuedTokenRunsAsItsUser() {
        TestUser nativeUser = db.server().nativePasswordUser();
        String token = server.issueToken(nativeUser, Duration.ofMinutes(5));

        HttpResponse<String> response = client.send(client.request("/api/v2/query/tuples")
            .setHeader("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT CURRENT_USER() AS u\"}")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows(response).path(0).path(0).asText()).startsWith(nativeUser.name() + "@");
    }

    @Test
    void bearerWithAnUnknownTokenIs401() {
        HttpResponse<String> response = client.send(client.request("/api/v2/query/tuples")
            .setHeader("Authorization", "Bearer not.a.token")
            .POST(HttpRequest.BodyPublishers.ofString(client.body("SELECT 1"))).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void bearerWithAnExpiredTokenIs401() {
        String token = server.issueToken(db.server().admin(), Duration.ofMinutes(-1));

        HttpResponse<String> response = client.send(client.request("/api/v2/query/tuples")
            .setHeader("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(client.body("SELECT 1"))).build());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void syntaxErrorIs400WithTheEngineErrorAsBareText() {
        HttpResponse<String> response = client.tuples("SELEC 1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(response.body()).matches(ERROR_PATTERN).startsWith("Error 1064 (42000): ");
    }

    @Test
    void unknownTableIs400() {
        HttpResponse<String> response = client.tuples("SELECT * FROM no_such_table");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("Error 1146 (42S02): ");
    }

    @Test
    void unknownContextDatabaseIs400() {
        HttpResponse<String> response = client.post("/api/v2/query/tuples",
            "{\"sql\":\"SELECT 1\",\"database\":\"no_such_database\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("Error 1049 (42000): ");
    }

    @Test
    void permissionErrorIs403() {
        TestUser nativeUser = db.server().nativePasswordUser();

        HttpResponse<String> response = client.send(client.request("/api/v2/query/tuples")
            .setHeader("Authorization", DataApiServer.basicAuthorization(nativeUser.name(), nativeUser.password()))
            .POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT * FROM " + db.database() + ".items\"}"))
            .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).startsWith("Error 1142 (42000): ");
    }

    @Test
    void duplicateKeyIs500WithTheEngineError() {
        HttpResponse<String> response = client.post("/api/v2/exec",
            client.body("INSERT INTO items (id, name) VALUES (1, 'again')"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).matches(ERROR_PATTERN).startsWith("Error 1062 (23000): ");
    }

    @Test
    void multipleStatementsAreRefusedByTheEngine() {
        HttpResponse<String> response = client.tuples("SELECT 1; SELECT 2");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("Error 1064 ");
    }

    @Test
    void wrongRequestContentTypeIs415() {
        HttpResponse<String> response = client.send(client.request("/api/v2/query/tuples")
            .setHeader("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(client.body("SELECT 1"))).build());

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void bodyOfExactlyOneMegabyteIsAccepted() {
        HttpResponse<String> response = client.tuples(padded(DataApiHandler.BODY_LIMIT));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void bodyOverOneMegabyteIs413() {
        HttpResponse<String> response = client.tuples(padded(DataApiHandler.BODY_LIMIT + 1));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("http: request body too large\n");
    }

    @Test
    void bodyThatIsNotJsonIs400() {
        HttpResponse<String> response = client.post("/api/v2/query/tuples", "SELECT 1");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void bodyWithoutSqlIs400() {
        HttpResponse<String> response = client.post("/api/v2/query/tuples", "{\"database\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("sql");
    }

    @Test
    void statementWithoutResultSetSentToQueryAnswersOneEmptyEntry() {
        HttpResponse<String> response = client.tuples("UPDATE items SET name = name WHERE id = 0");

        assertThat(response.body()).isEqualTo("{\"results\":[{\"columns\":[],\"rows\":[]}]}");
    }

    @Test
    void emptyResultSetStillHasItsColumns() {
        HttpResponse<String> response = client.tuples("SELECT id, name FROM items WHERE id < 0");

        assertThat(field(columns(response), "name")).containsExactly("id", "name");
        assertThat(rows(response)).isEmpty();
    }

    /**
     * @return the SQL {@code SELECT 'xxx…'} whose request body ({@link DataApiClient#body}) is exactly {@code size}
     * bytes
     */
    private static String padded(int size) {
        int overhead = client.body("SELECT ''").length();
        return "SELECT '" + "x".repeat(size - overhead) + "'";
    }
}
