/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Secrets, {@code /v1/secrets} (singlestore-server.md §1.4, §1.5). The list answers {@code {"secrets": [...]}}, the
 * shape the Python SDK reads (python-sdk-services.md §3.2; the generated Go client models a bare array, §1.4).
 * Names need not be unique: the Python SDK's {@code get_secret} checks for several matches. Refused bodies are
 * quoted in the error ({@link RouteSet#invalidBody}).
 */
final class SecretRoutes implements RouteSet {

    private final Map<String, Map<String, Object>> secrets = new LinkedHashMap<>();

    @Override
    public Routes.Answer route(String method, String path, Map<String, String> query, String body) {
        String[] parts = RouteSet.segments(path);
        if (parts == null || !parts[0].equals("secrets") || parts.length > 2) {
            return null;
        }
        String id = parts.length > 1 ? parts[1] : null;
        String endpoint = method + (id == null ? "" : " {id}");
        Routes.Answer refused = switch (endpoint) {
            case "GET" -> RouteSet.checkQuery(query, Set.of("name"), Set.of());
            case "POST", "GET {id}", "PATCH {id}", "DELETE {id}" -> RouteSet.checkQuery(query, Set.of(), Set.of());
            default -> Routes.error(404, "NotFound", "no such endpoint: " + method + " " + path);
        };
        if (refused != null) {
            return refused;
        }
        if (endpoint.equals("GET")) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (Map<String, Object> secret : this.secrets.values()) {
                if (query.get("name") == null || query.get("name").equals(secret.get("name"))) {
                    found.add(secret);
                }
            }
            return Routes.ok(Map.of("secrets", found));
        }
        JsonNode json = RouteSet.object(body);
        if (json == null) {
            return Routes.error(400, "BadRequest", "the body must be a JSON object");
        }
        if (endpoint.equals("POST")) {
            return create(body, json);
        }
        Map<String, Object> secret = this.secrets.get(id);
        if (secret == null) {
            return Routes.error(404, "NotFound", "no secret " + id);
        }
        return switch (endpoint) {
            case "GET {id}" -> Routes.ok(secret);
            case "DELETE {id}" -> {
                this.secrets.remove(id);
                yield Routes.ok(Map.of("secretID", id));
            }
            default -> {
                // singlestore-server.md §1.4: PATCH {value}
                if (RouteSet.unknownField(json, Set.of("value")) != null || RouteSet.text(json, "value") == null) {
                    yield RouteSet.invalidBody(body, "value is required, and nothing else");
                }
                secret.put("value", json.get("value").asText());
                secret.put("lastUpdatedAt", Instant.now().toString());
                yield Routes.ok(secret);
            }
        };
    }

    private Routes.Answer create(String body, JsonNode json) {
        // singlestore-server.md §1.4: POST {name, value}
        if (RouteSet.unknownField(json, Set.of("name", "value")) != null || RouteSet.text(json, "name") == null
            || RouteSet.text(json, "value") == null) {
            return RouteSet.invalidBody(body, "name and value are required, and nothing else");
        }
        String id = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        Map<String, Object> secret = new LinkedHashMap<>();
        secret.put("secretID", id);
        secret.put("name", json.get("name").asText());
        secret.put("value", json.get("value").asText());
        secret.put("createdAt", now);
        secret.put("createdBy", Seeded.USER_ID);
        secret.put("lastUpdatedAt", now);
        secret.put("lastUpdatedBy", Seeded.USER_ID);
        this.secrets.put(id, secret);
        return Routes.ok(secret);
    }
}
