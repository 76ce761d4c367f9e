/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Starter (shared tier) workspaces, {@code /v1/sharedtier/virtualWorkspaces} (singlestore-server.md §1.4, §1.5;
 * python-sdk-services.md §3.2), and their users. A starter workspace has no state (§1.5): it exists at once and is
 * gone once deleted.
 */
final class StarterRoutes implements RouteSet {

    // singlestore-server.md §1.4: create body {name, databaseName, provider: AWS|AZURE|GCP, regionName, projectID?}
    private static final Set<String> CREATE = Set.of("name", "databaseName", "provider", "regionName", "projectID");
    // python-sdk-services.md §3.2 sends the provider in lower case: the provider is compared ignoring case
    private static final Set<String> PROVIDERS = Set.of("AWS", "AZURE", "GCP");
    private static final int DML_PORT = 3333;

    private final Map<String, Map<String, Object>> workspaces = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> users = new LinkedHashMap<>();

    @Override
    public Routes.Answer route(String method, String path, Map<String, String> query, String body) {
        String[] parts = RouteSet.segments(path);
        if (parts == null || parts.length < 2 || !parts[0].equals("sharedtier")
            || !parts[1].equals("virtualWorkspaces")) {
            return null;
        }
        String id = parts.length > 2 ? parts[2] : null;
        String endpoint = method + (id == null ? "" : " {id}") + (parts.length > 3 ? " " + parts[3] : "");
        Routes.Answer refused = switch (endpoint) {
            case "GET", "GET {id}" -> RouteSet.checkQuery(query, Set.of("fields"), Set.of());
            case "POST", "DELETE {id}", "POST {id} users" -> RouteSet.checkQuery(query, Set.of(), Set.of());
            default -> Routes.error(404, "NotFound", "no such endpoint: " + method + " " + path);
        };
        if (refused != null) {
            return refused;
        }
        if (endpoint.equals("GET")) {
            return Routes.ok(new ArrayList<>(this.workspaces.values()));
        }
        if (endpoint.equals("POST")) {
            return create(body);
        }
        Map<String, Object> workspace = this.workspaces.get(id);
        if (workspace == null) {
            return Routes.error(404, "NotFound", "no starter workspace " + id);
        }
        return switch (endpoint) {
            case "GET {id}" -> Routes.ok(workspace);
            case "DELETE {id}" -> {
                this.workspaces.remove(id);
                this.users.remove(id);
                yield Routes.ok(Map.of("virtualWorkspaceID", id));
            }
            default -> createUser(id, body);
        };
    }

    private Routes.Answer create(String body) {
        JsonNode json = RouteSet.object(body);
        if (json == null) {
            return Routes.error(400, "BadRequest", "the body must be a JSON object");
        }
        String unknown = RouteSet.unknownField(json, CREATE);
        if (unknown != null) {
            return Routes.error(400, "BadRequest", "unknown field " + unknown);
        }
        String name = RouteSet.text(json, "name");
        String database = RouteSet.text(json, "databaseName");
        String provider = RouteSet.text(json, "provider");
        String region = RouteSet.text(json, "regionName");
        if (name == null || database == null || provider == null || region == null) {
            return Routes.error(400, "BadRequest", "name, databaseName, provider and regionName are required");
        }
        if (!PROVIDERS.contains(provider.toUpperCase(java.util.Locale.ROOT))) {
            return Routes.error(400, "BadRequest", "provider must be one of " + PROVIDERS);
        }
        String id = UUID.randomUUID().toString();
        // singlestore-server.md §1.5 SharedTierVirtualWorkspace; python-sdk-audit.md "Management": endpoint host:port
        Map<String, Object> workspace = new LinkedHashMap<>();
        workspace.put("virtualWorkspaceID", id);
        workspace.put("name", name);
        workspace.put("databaseName", database);
        workspace.put("endpoint", "svc-" + id + "-dml." + region + ".shared.test:" + DML_PORT);
        workspace.put("mysqlDmlPort", DML_PORT);
        workspace.put("websocketPort", 443);
        workspace.put("projectID", json.hasNonNull("projectID") ? json.get("projectID").asText() : null);
        workspace.put("createdAt", Instant.now().toString());
        this.workspaces.put(id, workspace);
        return Routes.ok(Map.of("virtualWorkspaceID", id));
    }

    private Routes.Answer createUser(String id, String body) {
        // singlestore-server.md §1.4: user body {userName, password?}; python-sdk-services.md §3.2: the answer is
        // {userID, password}, the password only when generated
        JsonNode json = RouteSet.object(body);
        if (json == null || RouteSet.unknownField(json, Set.of("userName", "password")) != null) {
            return RouteSet.invalidBody(body, "unknown field");
        }
        String userName = RouteSet.text(json, "userName");
        if (userName == null) {
            return RouteSet.invalidBody(body, "userName is required");
        }
        Map<String, String> names = this.users.computeIfAbsent(id, key -> new LinkedHashMap<>());
        if (names.containsKey(userName)) {
            // not given by the reference: this server's choice
            return Routes.error(409, "Conflict", "user " + userName + " exists");
        }
        String userId = UUID.randomUUID().toString();
        names.put(userName, userId);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("userID", userId);
        if (!json.hasNonNull("password")) {
            created.put("password", "Generated-" + UUID.randomUUID());
        }
        return Routes.ok(created);
    }
}
