/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Teams, users and projects, read only (singlestore-server.md §1.4, §1.5): {@code GET /v1/teams} [name,
 * description], {@code GET /v1/teams/{teamID}}, {@code GET /v1/users} [email, fields], {@code GET /v1/users/current}
 * and {@code /v1/users/{userID}} [fields], {@code GET /v1/projects} and {@code /v1/projects/{projectID}}, over the
 * {@link Seeded} data.
 */
final class DirectoryRoutes implements RouteSet {

    private final Map<String, Map<String, Object>> projects = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> users = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> teams = new LinkedHashMap<>();

    DirectoryRoutes() {
        String created = Instant.parse("2025-03-01T10:00:00Z").toString();
        this.projects.put(Seeded.PROJECT_ID, Map.of("projectID", Seeded.PROJECT_ID, "name", Seeded.PROJECT_NAME,
            "edition", "STANDARD", "createdAt", created));
        this.users.put(Seeded.USER_ID, Map.of("userID", Seeded.USER_ID, "email", Seeded.USER_EMAIL, "firstName", "Ada",
            "lastName", "Lovelace", "userKind", "Standard"));
        this.users.put(Seeded.SERVICE_USER_ID, Map.of("userID", Seeded.SERVICE_USER_ID, "email", "ci@example.com",
            "firstName", "", "lastName", "", "userKind", "ServiceAccount", "description", "CI"));
        Map<String, Object> member = new LinkedHashMap<>(this.users.get(Seeded.USER_ID));
        member.remove("userKind");
        this.teams.put(Seeded.TEAM_ID, Map.of("teamID", Seeded.TEAM_ID, "name", Seeded.TEAM_NAME, "description",
            "data engineering", "createdAt", created, "memberUsers", List.of(member), "memberTeams", List.of()));
    }

    @Override
    public Routes.Answer route(String method, String path, Map<String, String> query, String body) {
        String[] parts = RouteSet.segments(path);
        if (parts == null || !Set.of("teams", "users", "projects").contains(parts[0]) || parts.length > 2) {
            return null;
        }
        if (!method.equals("GET")) {
            return Routes.error(404, "NotFound", "no such endpoint: " + method + " " + path);
        }
        Map<String, Map<String, Object>> all = switch (parts[0]) {
            case "teams" -> this.teams;
            case "users" -> this.users;
            default -> this.projects;
        };
        Set<String> allowed = switch (parts[0] + (parts.length > 1 ? "/{id}" : "")) {
            case "teams" -> Set.of("name", "description");
            case "users" -> Set.of("email", "fields");
            case "users/{id}" -> Set.of("fields");
            default -> Set.of();
        };
        Routes.Answer refused = RouteSet.checkQuery(query, allowed, Set.of());
        if (refused != null) {
            return refused;
        }
        if (parts.length == 1) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Map<String, Object> item : all.values()) {
                if (matches(item, query, "name") && matches(item, query, "description")
                    && matches(item, query, "email")) {
                    list.add(item);
                }
            }
            return Routes.ok(list);
        }
        String id = parts[0].equals("users") && parts[1].equals("current") ? Seeded.USER_ID : parts[1];
        Map<String, Object> item = all.get(id);
        return item == null ? Routes.error(404, "NotFound", "no " + parts[0] + " " + id) : Routes.ok(item);
    }

    private static boolean matches(Map<String, Object> item, Map<String, String> query, String name) {
        return query.get(name) == null || query.get(name).equals(item.get(name));
    }
}
