/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A plain HTTP client of a {@link DataApiServer} for its tests: {@code java.net.http} over HTTP/1.1, requests with
 * the administrative account unless told otherwise.
 */
final class DataApiClient {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final DataApiServer server;
    private final HttpClient http;

    DataApiClient(DataApiServer server) {
        this(server, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build());
    }

    DataApiClient(DataApiServer server, HttpClient http) {
        this.server = server;
        this.http = http;
    }

    HttpClient http() {
        return this.http;
    }

    /**
     * @param sql  the statement
     * @param args the arguments, as JSON values (strings, numbers, booleans, null, or JsonNodes)
     * @return {@code {"sql": sql, "args": [...], "database": <the server's database>}}
     */
    String body(String sql, Object... args) {
        ObjectNode body = MAPPER.createObjectNode().put("sql", sql);
        if (args.length > 0) {
            ArrayNode array = body.putArray("args");
            for (Object arg : args) {
                array.add(MAPPER.valueToTree(arg));
            }
        }
        body.put("database", this.server.database());
        return body.toString();
    }

    /** @return a request to a path with the administrative account's Basic credentials and a JSON content type */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(this.server.uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", this.server.basicAuthorization())
            .header("Content-Type", "application/json");
    }

    /** Posts a JSON body to a path with the administrative account. */
    HttpResponse<String> post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts {@code {"sql": sql, "args": args, "database": ...}} to query/tuples. */
    HttpResponse<String> tuples(String sql, Object... args) {
        return post("/api/v2/query/tuples", body(sql, args));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return this.http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the JSON tree of a body */
    static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    /** @return the first result set's rows of a query/tuples answer */
    static JsonNode rows(HttpResponse<String> response) {
        return json(response.body()).path("results").path(0).path("rows");
    }

    /** @return the first result set's columns of a query/tuples answer */
    static JsonNode columns(HttpResponse<String> response) {
        return json(response.body()).path("results").path(0).path("columns");
    }

    /** @return the values of {@code field} in each node */
    static List<String> field(JsonNode nodes, String field) {
        List<String> values = new java.util.ArrayList<>();
        nodes.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }
}
