/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.management.test.Routes.Answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The export (egress) endpoints of {@link ManagementApiServer}, {@code /v1/workspaceGroups/{id}/egress/…}, with the
 * paths and bodies of python-sdk-services.md §3.2 (they are not in the published spec, singlestore-server.md §1.4).
 * The status read is a GET and the drop a DELETE, each of which must carry its JSON body (python-sdk-audit.md
 * "Management"): without it they answer 400. The API does not document export statuses: {@code Running} and
 * {@code Suspended} are this server's. Called with the server's lock held.
 */
final class ExportRoutes {

    // python-sdk-services.md §3.2: the startTableEgress body
    private static final Set<String> START = Set.of("databaseName", "tableName", "storageInfo", "catalogInfo",
        "partitionSpec", "sortOrderSpec", "properties", "incremental", "refreshInterval");

    private final FakeCloud cloud;
    private final Map<String, Map<String, Object>> exports = new LinkedHashMap<>();

    ExportRoutes(FakeCloud cloud) {
        this.cloud = cloud;
    }

    /** @return the answer of an egress endpoint, or {@code null} when the path is not one */
    Answer route(String method, String path, Map<String, String> query, String body) {
        String[] parts = path.split("/");
        if (parts.length != 6 || !path.startsWith("/v1/workspaceGroups/") || !"egress".equals(parts[4])) {
            return null;
        }
        for (String name : query.keySet()) {
            if (!name.equals("organizationID")) {
                return Routes.error(400, "BadRequest", "unknown query parameter " + name);
            }
        }
        String groupId = parts[3];
        if (!this.cloud.groups.containsKey(groupId)) {
            return Routes.error(404, "NotFound", "no workspace group " + groupId);
        }
        JsonNode json;
        try {
            json = ManagementApiServer.mapper().readTree(body.isEmpty() ? "null" : body);
        } catch (IOException e) {
            return Routes.error(400, "BadRequest", "the body is not JSON");
        }
        return switch (method + " " + parts[5]) {
            case "POST createEgressClusterIdentity" -> identity(json);
            case "POST startTableEgress" -> start(groupId, json);
            case "GET tableEgressStatus" -> status(groupId, json);
            case "POST suspendTableEgress" -> change(groupId, json, "Running", "Suspended");
            case "POST resumeTableEgress" -> change(groupId, json, "Suspended", "Running");
            case "DELETE dropTableEgress" -> change(groupId, json, null, null);
            default -> Routes.error(404, "NotFound", "no such endpoint: " + method + " " + path);
        };
    }

    private static Answer identity(JsonNode json) {
        // python-sdk-services.md §3.2: {catalogInfo, storageInfo} -> {identity}
        String unknown = Routes.unknownField(json, Set.of("catalogInfo", "storageInfo"));
        if (unknown != null || !json.path("catalogInfo").isObject() || !json.path("storageInfo").isObject()) {
            return Routes.error(400, "BadRequest", unknown != null ? unknown : "catalogInfo and storageInfo are "
                + "required objects");
        }
        return Routes.ok(Map.of("identity", "arn:aws:iam::000000000000:role/s2r-egress-" + UUID.randomUUID()));
    }

    private Answer start(String groupId, JsonNode json) {
        String unknown = Routes.unknownField(json, START);
        if (unknown != null) {
            return Routes.error(400, "BadRequest", unknown);
        }
        if (!json.path("databaseName").isTextual() || !json.path("tableName").isTextual()
            || !json.path("catalogInfo").isObject() || !json.path("storageInfo").isObject()) {
            return Routes.error(400, "BadRequest", "databaseName, tableName, catalogInfo and storageInfo are "
                + "required");
        }
        // §3.2: partitionSpec {partitions: [{transform, name}]}, sortOrderSpec {keys: [{transform, name, direction,
        // null_order}]}
        if (json.has("partitionSpec") && !json.get("partitionSpec").path("partitions").isArray()
            || json.has("sortOrderSpec") && !json.get("sortOrderSpec").path("keys").isArray()) {
            return Routes.error(400, "BadRequest", "partitionSpec.partitions and sortOrderSpec.keys are arrays");
        }
        String id = UUID.randomUUID().toString();
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("egressID", id);
        export.put("workspaceGroupID", groupId);
        export.put("status", "Running");
        export.put("statusMsg", "exporting " + json.get("databaseName").asText() + "." + json.get("tableName")
            .asText());
        export.put("request", ManagementApiServer.mapper().convertValue(json, Map.class));
        this.exports.put(id, export);
        return Routes.ok(Map.of("egressID", id));
    }

    private Answer status(String groupId, JsonNode json) {
        // §3.2: GET with a JSON body, {egressID} or {scope}
        if (json.path("egressID").isTextual() && json.size() == 1) {
            Map<String, Object> export = find(groupId, json.get("egressID").asText());
            return export == null ? Routes.error(404, "NotFound", "no export " + json.get("egressID").asText())
                : Routes.ok(visible(export));
        }
        if (json.path("scope").isTextual() && json.size() == 1) {
            List<Map<String, Object>> all = new ArrayList<>();
            for (Map<String, Object> export : this.exports.values()) {
                if (groupId.equals(export.get("workspaceGroupID"))) {
                    all.add(visible(export));
                }
            }
            return Routes.ok(all);
        }
        return Routes.error(400, "BadRequest", "the body must be {egressID} or {scope}");
    }

    private Answer change(String groupId, JsonNode json, String from, String to) {
        // §3.2: suspend, resume and drop take {egressID}; the drop as the body of a DELETE
        if (Routes.unknownField(json, Set.of("egressID")) != null || !json.path("egressID").isTextual()) {
            return Routes.error(400, "BadRequest", "the body must be {egressID}");
        }
        String id = json.get("egressID").asText();
        Map<String, Object> export = find(groupId, id);
        if (export == null) {
            return Routes.error(404, "NotFound", "no export " + id);
        }
        if (to == null) {
            this.exports.remove(id);
        } else if (!from.equals(export.get("status"))) {
            return Routes.error(409, "Conflict", "export " + id + " is " + export.get("status"));
        } else {
            export.put("status", to);
        }
        return Routes.ok(Map.of("egressID", id));
    }

    private Map<String, Object> find(String groupId, String id) {
        Map<String, Object> export = this.exports.get(id);
        return export != null && groupId.equals(export.get("workspaceGroupID")) ? export : null;
    }

    private static Map<String, Object> visible(Map<String, Object> export) {
        Map<String, Object> fields = new LinkedHashMap<>(export);
        fields.remove("request");
        fields.remove("workspaceGroupID");
        return fields;
    }

    /**
     * @param id an export's id
     * @return the body its start was sent with, or {@code null}
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> startRequest(String id) {
        Map<String, Object> export = this.exports.get(id);
        return export == null ? null : (Map<String, Object>) export.get("request");
    }
}
