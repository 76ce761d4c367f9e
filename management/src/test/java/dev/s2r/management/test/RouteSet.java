/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A family of endpoints of {@link ManagementApiServer} beside {@link Routes}, with its own in-memory state, and the
 * checks its routes share. Called with the server's lock held.
 */
interface RouteSet {

    /**
     * @param method the HTTP method
     * @param path   the request path, e.g. {@code /v1/secrets}
     * @param query  the query parameters (first value of each)
     * @param body   the request body, empty when none
     * @return the answer, or {@code null} when the path is not one of this set's
     */
    Routes.Answer route(String method, String path, Map<String, String> query, String body);

    /**
     * @param path a request path
     * @return its segments after {@code /v1/}, or {@code null} when it is not a v1 path
     */
    static String[] segments(String path) {
        return path.startsWith("/v1/") ? path.substring(4).split("/", -1) : null;
    }

    /**
     * The query names each endpoint takes (singlestore-server.md §1.4); {@code organizationID} goes with every call
     * (§1.1).
     *
     * @param query    the query parameters
     * @param allowed  the names the endpoint takes
     * @param required the names it requires
     * @return a 400 naming the first unknown or missing parameter, or {@code null}
     */
    static Routes.Answer checkQuery(Map<String, String> query, Set<String> allowed, Set<String> required) {
        for (String name : query.keySet()) {
            if (!name.equals("organizationID") && !allowed.contains(name)) {
                return Routes.error(400, "BadRequest", "unknown query parameter " + name);
            }
        }
        for (String name : required) {
            if (query.get(name) == null || query.get(name).isEmpty()) {
                return Routes.error(400, "BadRequest", "query parameter " + name + " is required");
            }
        }
        return null;
    }

    /**
     * @param body a request body
     * @return it as a JSON object (empty for an empty body), or {@code null} when it is not one
     */
    static JsonNode object(String body) {
        try {
            JsonNode json = body.isEmpty() ? ManagementApiServer.mapper().createObjectNode()
                : ManagementApiServer.mapper().readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * @param json  a body
     * @param known the fields the endpoint takes
     * @return the first field it does not take, or {@code null}
     */
    static String unknownField(JsonNode json, Set<String> known) {
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * @param json a body
     * @param name a field
     * @return its text when it is a non-empty string, else {@code null}
     */
    static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    /**
     * A refused body. The API's error bodies are not modelled (singlestore-server.md §1.2); these quote the body
     * received, as validation errors often do, so that tests see the client mask what it sent.
     *
     * @param body    the body received
     * @param problem what is wrong with it
     * @return a 400
     */
    static Routes.Answer invalidBody(String body, String problem) {
        return Routes.error(400, "BadRequest", problem + " in " + body);
    }
}
