/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.management.test.FakeCloud.Resource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The endpoints of {@link ManagementApiServer}, over {@link FakeCloud}: paths, query parameters, bodies and answers
 * as singlestore-server.md §1.4 and §1.5 give them. Called with the server's lock held.
 */
final class Routes {

    private static final Set<String> GROUP_CREATE = Set.of("name", "firewallRanges", "regionID", "provider",
        "regionName", "adminPassword", "allowAllTraffic", "deploymentType", "expiresAt", "highAvailabilityTwoZones",
        "optInPreviewFeature", "projectID", "updateWindow");
    private static final Set<String> GROUP_UPDATE = Set.of("name", "adminPassword", "allowAllTraffic",
        "deploymentType", "expiresAt", "firewallRanges", "updateWindow");
    private static final Set<String> WORKSPACE_CREATE = Set.of("name", "workspaceGroupID", "size", "enableKai",
        "cacheConfig", "scaleFactor", "autoScale", "autoSuspend");
    private static final Set<String> WORKSPACE_UPDATE = Set.of("size", "deploymentType", "enableKai", "cacheConfig",
        "scaleFactor", "autoScale", "autoSuspend");

    private final FakeCloud cloud;

    Routes(FakeCloud cloud) {
        this.cloud = cloud;
    }

    /** An answer: status and JSON body. */
    record Answer(int status, String body) {
    }

    static Answer ok(Object value) {
        return new Answer(200, ManagementApiServer.json(value));
    }

    // singlestore-server.md §1.2: error bodies are not modelled by the spec; these {code, message} bodies are made up
    static Answer error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        return new Answer(status, ManagementApiServer.json(body));
    }

    Answer route(String method, String path, Map<String, String> query, String body) {
        String[] parts = path.split("/");
        if (parts.length < 3 || !parts[0].isEmpty() || !"v1".equals(parts[1])) {
            return error(404, "NotFound", "no such path: " + path);
        }
        String resource = parts[2];
        String id = parts.length > 3 ? parts[3] : null;
        String action = parts.length > 4 ? parts[4] : null;
        String endpoint = method + " " + resource + (id == null ? "" : id.equals("current")
            || id.equals("sharedtier") ? "/" + id : "/{id}") + (action == null ? "" : "/" + action);
        // singlestore-server.md §1.4: the query parameters of each endpoint; organizationID goes with every call
        // (§1.1)
        Set<String> allowed = switch (endpoint) {
            case "GET regions", "GET regions/sharedtier", "GET workspaceGroups/{id}", "GET workspaces/{id}" ->
                Set.of("fields");
            case "GET workspaceGroups" -> Set.of("includeTerminated", "fields");
            case "DELETE workspaceGroups/{id}" -> Set.of("force");
            case "GET workspaces" -> Set.of("workspaceGroupID", "includeTerminated", "fields");
            case "GET organizations/current", "POST workspaceGroups", "PATCH workspaceGroups/{id}", "POST workspaces",
                 "PATCH workspaces/{id}", "DELETE workspaces/{id}", "POST workspaces/{id}/suspend",
                 "POST workspaces/{id}/resume" -> Set.of();
            default -> null;
        };
        if (allowed == null) {
            return error(404, "NotFound", "no such endpoint: " + method + " " + path);
        }
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (!name.equals("organizationID") && !allowed.contains(name)) {
                return error(400, "BadRequest", "unknown query parameter " + name);
            }
            if (Set.of("includeTerminated", "force").contains(name) && !Set.of("true", "false")
                .contains(parameter.getValue())) {
                return error(400, "BadRequest", name + " must be true or false");
            }
        }
        JsonNode json;
        try {
            json = body.isEmpty() ? ManagementApiServer.mapper().createObjectNode()
                : ManagementApiServer.mapper().readTree(body);
        } catch (IOException e) {
            return error(400, "BadRequest", "the body is not JSON");
        }
        return switch (endpoint) {
            case "GET regions" -> ok(this.cloud.regions);
            case "GET regions/sharedtier" -> ok(this.cloud.sharedTierRegions);
            case "GET organizations/current" -> ok(Map.of("orgID", this.cloud.organizationId, "name", "s2r tests",
                "firewallRanges", List.of("0.0.0.0/0")));
            case "GET workspaceGroups" -> listGroups("true".equals(query.get("includeTerminated")));
            case "POST workspaceGroups" -> createGroup(json);
            case "GET workspaceGroups/{id}" -> withGroup(id, group -> ok(this.cloud.read(group)));
            case "PATCH workspaceGroups/{id}" -> withGroup(id, group -> updateGroup(id, group, json));
            case "DELETE workspaceGroups/{id}" -> withGroup(id, group -> terminateGroup(id, group,
                "true".equals(query.get("force"))));
            case "GET workspaces" -> listWorkspaces(query.get("workspaceGroupID"),
                "true".equals(query.get("includeTerminated")));
            case "POST workspaces" -> createWorkspace(json);
            case "GET workspaces/{id}" -> withWorkspace(id, workspace -> ok(this.cloud.read(workspace)));
            default -> workspaceChange(endpoint, id, json);
        };
    }

    private Answer workspaceChange(String endpoint, String id, JsonNode json) {
        return withWorkspace(id, workspace -> {
            String state = (String) this.cloud.read(workspace).get("state");
            switch (endpoint) {
                case "PATCH workspaces/{id}":
                    // singlestore-server.md §1.2: 409 conflict on workspace PATCH; here while it is not ACTIVE
                    String refused = unknownField(json, WORKSPACE_UPDATE);
                    if (refused != null) {
                        return error(400, "BadRequest", refused);
                    }
                    if (!"ACTIVE".equals(state)) {
                        return error(409, "Conflict", "workspace is " + state);
                    }
                    json.fields().forEachRemaining(field -> workspace.fields.put(field.getKey(),
                        ManagementApiServer.mapper().convertValue(field.getValue(), Object.class)));
                    break;
                case "POST workspaces/{id}/suspend":
                    if (!"ACTIVE".equals(state)) {
                        return error(409, "Conflict", "workspace is " + state);
                    }
                    this.cloud.transition(workspace, "SUSPENDED");
                    break;
                case "POST workspaces/{id}/resume":
                    // singlestore-server.md §1.4: body {disableAutoSuspend?: bool}
                    String unknown = unknownField(json, Set.of("disableAutoSuspend"));
                    if (unknown != null) {
                        return error(400, "BadRequest", unknown);
                    }
                    if (!"SUSPENDED".equals(state)) {
                        return error(409, "Conflict", "workspace is " + state);
                    }
                    this.cloud.transition(workspace, "ACTIVE");
                    break;
                default: // DELETE workspaces/{id}
                    if ("TERMINATED".equals(state) || "TERMINATED".equals(workspace.target)) {
                        return error(404, "NotFound", "workspace " + id + " is terminated");
                    }
                    this.cloud.transition(workspace, "TERMINATED");
            }
            return ok(Map.of("workspaceID", id));
        });
    }

    private Answer listGroups(boolean includeTerminated) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Resource group : this.cloud.groups.values()) {
            if (includeTerminated || !this.cloud.terminated(group)) {
                list.add(this.cloud.read(group));
            }
        }
        return ok(list);
    }

    String addGroup(String name, String regionId, String state) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> region = this.cloud.region(regionId);
        Resource group = new Resource();
        group.fields.put("workspaceGroupID", id);
        group.fields.put("name", name);
        group.fields.put("createdAt", this.cloud.now().toString());
        group.fields.put("state", state);
        group.fields.put("regionID", regionId);
        group.fields.put("regionName", region.get("regionName"));
        group.fields.put("provider", region.get("provider"));
        group.fields.put("firewallRanges", List.of("0.0.0.0/0"));
        this.cloud.groups.put(id, group);
        return id;
    }

    private Answer createGroup(JsonNode json) {
        // singlestore-server.md §1.5 WorkspaceGroupCreate: name and firewallRanges required, and regionID or
        // (provider + regionName)
        String unknown = unknownField(json, GROUP_CREATE);
        if (unknown != null) {
            return error(400, "BadRequest", unknown);
        }
        if (!json.path("name").isTextual() || !json.path("firewallRanges").isArray()) {
            return error(400, "BadRequest", "name and firewallRanges are required");
        }
        String regionId = json.path("regionID").asText(null);
        if (regionId == null) {
            regionId = this.cloud.regions.stream()
                .filter(r -> r.get("provider").equals(json.path("provider").asText())
                    && r.get("regionName").equals(json.path("regionName").asText()))
                .map(r -> (String) r.get("regionID")).findFirst().orElse(null);
        }
        if (regionId == null || this.cloud.region(regionId) == null) {
            return error(400, "BadRequest", "unknown region");
        }
        String id = addGroup(json.get("name").asText(), regionId, "PENDING");
        Resource group = this.cloud.groups.get(id);
        group.fields.put("firewallRanges", ManagementApiServer.mapper().convertValue(json.get("firewallRanges"),
            List.class));
        this.cloud.transition(group, "ACTIVE");
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("workspaceGroupID", id);
        if (!json.has("adminPassword")) {
            // §1.4: adminPassword is returned only when generated server-side
            created.put("adminPassword", "Generated-" + UUID.randomUUID());
        }
        return ok(created);
    }

    private Answer updateGroup(String id, Resource group, JsonNode json) {
        String unknown = unknownField(json, GROUP_UPDATE);
        if (unknown != null) {
            return error(400, "BadRequest", unknown);
        }
        json.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("adminPassword")) {
                group.fields.put(field.getKey(), ManagementApiServer.mapper().convertValue(field.getValue(),
                    Object.class));
            }
        });
        return ok(Map.of("workspaceGroupID", id));
    }

    private Answer terminateGroup(String id, Resource group, boolean force) {
        if (this.cloud.terminated(group) || "TERMINATED".equals(group.target)) {
            return error(404, "NotFound", "workspace group " + id + " is terminated");
        }
        List<Map<String, Object>> live = this.cloud.liveWorkspaces(id);
        if (!live.isEmpty() && !force) {
            // singlestore-server.md §1.4: without force only empty groups can be terminated; the status is not
            // given there, 409 is this server's choice
            return error(409, "Conflict", "workspace group " + id + " has workspaces; use force");
        }
        for (Resource workspace : this.cloud.workspaces.values()) {
            if (id.equals(workspace.fields.get("workspaceGroupID")) && !this.cloud.terminated(workspace)) {
                this.cloud.transition(workspace, "TERMINATED");
            }
        }
        this.cloud.transition(group, "TERMINATED");
        return ok(Map.of("workspaceGroupID", id));
    }

    private Answer listWorkspaces(String groupId, boolean includeTerminated) {
        if (groupId == null) {
            return error(400, "BadRequest", "workspaceGroupID is required");
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Resource workspace : this.cloud.workspaces.values()) {
            if (groupId.equals(workspace.fields.get("workspaceGroupID"))
                && (includeTerminated || !this.cloud.terminated(workspace))) {
                list.add(this.cloud.read(workspace));
            }
        }
        return ok(list);
    }

    private Answer createWorkspace(JsonNode json) {
        // singlestore-server.md §1.5 WorkspaceCreate: name and workspaceGroupID required
        String unknown = unknownField(json, WORKSPACE_CREATE);
        if (unknown != null) {
            return error(400, "BadRequest", unknown);
        }
        if (!json.path("name").isTextual() || !json.path("workspaceGroupID").isTextual()) {
            return error(400, "BadRequest", "name and workspaceGroupID are required");
        }
        Resource group = this.cloud.groups.get(json.get("workspaceGroupID").asText());
        if (group == null || this.cloud.terminated(group)) {
            return error(404, "NotFound", "no such workspace group");
        }
        String id = UUID.randomUUID().toString();
        Resource workspace = new Resource();
        workspace.fields.put("workspaceID", id);
        workspace.fields.put("workspaceGroupID", json.get("workspaceGroupID").asText());
        workspace.fields.put("name", json.get("name").asText());
        workspace.fields.put("size", json.path("size").asText("S-00"));
        workspace.fields.put("createdAt", this.cloud.now().toString());
        this.cloud.workspaces.put(id, workspace);
        this.cloud.transition(workspace, this.cloud.failNextCreation ? "FAILED" : "ACTIVE");
        this.cloud.failNextCreation = false;
        return ok(Map.of("workspaceID", id));
    }

    private Answer withGroup(String id, java.util.function.Function<Resource, Answer> action) {
        Resource group = this.cloud.groups.get(id);
        return group == null ? error(404, "NotFound", "no workspace group " + id) : action.apply(group);
    }

    private Answer withWorkspace(String id, java.util.function.Function<Resource, Answer> action) {
        Resource workspace = this.cloud.workspaces.get(id);
        return workspace == null ? error(404, "NotFound", "no workspace " + id) : action.apply(workspace);
    }

    /** @return a message naming the first field the endpoint does not take, or {@code null} */
    static String unknownField(JsonNode json, Set<String> known) {
        if (!json.isObject()) {
            return "the body must be a JSON object";
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                return "unknown field " + name;
            }
        }
        return null;
    }
}
