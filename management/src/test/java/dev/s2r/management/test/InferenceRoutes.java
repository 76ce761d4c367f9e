/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Inference APIs and models on the Python SDK's paths and answers (python-sdk-services.md §3.2, §1.8 models.py):
 * {@code GET /v1/inferenceapis/{projectID}/{modelName}}, {@code GET /v1/models}, {@code POST
 * /v1/models/{name}/start} (answers {@code {modelName, hostingPlatform}}), {@code POST /v1/models/{name}/stop} and
 * {@code DELETE /v1/models/{name}} (answer {@code {name, status, hostingPlatform}}), over the {@link Seeded} models.
 */
final class InferenceRoutes implements RouteSet {

    private final Map<String, Map<String, Object>> models = new LinkedHashMap<>();

    InferenceRoutes() {
        this.models.put(Seeded.MODEL, model(Seeded.MODEL, "Suspended", "Amazon"));
        this.models.put(Seeded.OTHER_MODEL, model(Seeded.OTHER_MODEL, "Active", "Nova"));
    }

    private static Map<String, Object> model(String name, String status, String platform) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("status", status);
        model.put("hostingPlatform", platform);
        return model;
    }

    @Override
    public Routes.Answer route(String method, String path, Map<String, String> query, String body) {
        String[] parts = RouteSet.segments(path);
        if (parts == null || !Set.of("inferenceapis", "models").contains(parts[0])) {
            return null;
        }
        Routes.Answer refused = RouteSet.checkQuery(query, Set.of(), Set.of());
        if (refused != null) {
            return refused;
        }
        if (parts[0].equals("inferenceapis")) {
            if (!method.equals("GET") || parts.length != 3) {
                return Routes.error(404, "NotFound", "no such endpoint: " + method + " " + path);
            }
            return inferenceApi(parts[1], parts[2]);
        }
        if (parts.length == 1) {
            return method.equals("GET") ? Routes.ok(new ArrayList<>(this.models.values()))
                : Routes.error(404, "NotFound", "no such endpoint: " + method + " " + path);
        }
        Map<String, Object> model = this.models.get(parts[1]);
        String endpoint = method + (parts.length > 2 ? " " + parts[2] : "") + (parts.length > 3 ? "/" : "");
        if (!Set.of("POST start", "POST stop", "DELETE").contains(endpoint)) {
            return Routes.error(404, "NotFound", "no such endpoint: " + method + " " + path);
        }
        if (model == null) {
            return Routes.error(404, "NotFound", "no model " + parts[1]);
        }
        switch (endpoint) {
            case "POST start":
                model.put("status", "Initializing");
                return Routes.ok(Map.of("modelName", parts[1], "hostingPlatform", model.get("hostingPlatform")));
            case "POST stop":
                model.put("status", "Suspended");
                return Routes.ok(model);
            default:
                this.models.remove(parts[1]);
                return Routes.ok(model(parts[1], "Deleted", (String) model.get("hostingPlatform")));
        }
    }

    private Routes.Answer inferenceApi(String project, String name) {
        if (!project.equals(Seeded.PROJECT_ID) || !name.equals(Seeded.MODEL) || !this.models.containsKey(name)) {
            return Routes.error(404, "NotFound", "no inference API for " + name + " in project " + project);
        }
        Map<String, Object> api = new LinkedHashMap<>();
        api.put("serviceID", "svc-" + name);
        api.put("projectID", project);
        api.put("modelName", name);
        api.put("name", name + " API");
        api.put("connectionURL", "https://inference.test/" + name);
        api.put("internalConnectionURL", "http://inference.internal.test/" + name);
        api.put("hostingPlatform", this.models.get(name).get("hostingPlatform"));
        return Routes.ok(api);
    }
}
