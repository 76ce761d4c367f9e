/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The in-memory state of {@link ManagementApiServer}: regions, one organization, workspace groups and workspaces,
 * each resource a JSON object (a map) with the spec's field names (singlestore-server.md §1.5). A change that the
 * real API performs over time (creating, suspending, resuming, terminating) shows state {@code PENDING} and reaches
 * its target once the transition delay has passed, checked when the resource is read. All methods are synchronized
 * by the server.
 */
final class FakeCloud {

    final String organizationId = UUID.randomUUID().toString();
    final List<Map<String, Object>> regions = List.of(
        region(UUID.randomUUID().toString(), "US East 1 (N. Virginia)", "AWS", "us-east-1"),
        region(UUID.randomUUID().toString(), "europe-west2 (London)", "GCP", "europe-west2"));
    // singlestore-server.md §1.4: shared-tier regions have no regionID, and their provider is upper case
    final List<Map<String, Object>> sharedTierRegions = List.of(
        Map.of("region", "US East 1 (N. Virginia)", "regionName", "us-east-1", "provider", "AWS"));
    final Map<String, Resource> groups = new LinkedHashMap<>();
    final Map<String, Resource> workspaces = new LinkedHashMap<>();
    volatile Duration transitionDelay = Duration.ofMillis(200);
    /** The endpoint a workspace gets when it becomes ACTIVE; {@code null} for a made-up host. */
    volatile String workspaceEndpoint;
    volatile boolean failNextCreation;
    private final Supplier<Instant> clock;

    FakeCloud(Supplier<Instant> clock) {
        this.clock = clock;
    }

    private static Map<String, Object> region(String id, String name, String provider, String regionName) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("regionID", id);
        region.put("region", name);
        region.put("provider", provider);
        region.put("regionName", regionName);
        return region;
    }

    Map<String, Object> region(String id) {
        return this.regions.stream().filter(r -> r.get("regionID").equals(id)).findFirst().orElse(null);
    }

    Instant now() {
        return this.clock.get();
    }

    /** Starts a transition: the resource shows PENDING, then {@code target} after the delay. */
    void transition(Resource resource, String target) {
        resource.fields.put("state", "PENDING");
        resource.target = target;
        resource.readyAt = now().plus(this.transitionDelay);
    }

    /** Applies a transition whose time has come; returns the resource's fields. */
    Map<String, Object> read(Resource resource) {
        if (resource.target != null && !now().isBefore(resource.readyAt)) {
            resource.fields.put("state", resource.target);
            if ("TERMINATED".equals(resource.target)) {
                resource.fields.put("terminatedAt", now().toString());
            }
            if ("ACTIVE".equals(resource.target) && resource.fields.containsKey("workspaceID")) {
                String endpoint = this.workspaceEndpoint;
                resource.fields.put("endpoint", endpoint != null ? endpoint
                    : "svc-" + resource.fields.get("workspaceID") + ".workspaces.test");
                resource.fields.put("lastResumedAt", now().toString());
            }
            resource.target = null;
        }
        return new LinkedHashMap<>(resource.fields);
    }

    boolean terminated(Resource resource) {
        read(resource);
        return resource.fields.containsKey("terminatedAt");
    }

    List<Map<String, Object>> liveWorkspaces(String groupId) {
        List<Map<String, Object>> live = new ArrayList<>();
        for (Resource workspace : this.workspaces.values()) {
            if (groupId.equals(workspace.fields.get("workspaceGroupID")) && !terminated(workspace)) {
                live.add(read(workspace));
            }
        }
        return live;
    }

    /** A workspace group or workspace: its JSON fields and the transition under way, if any. */
    static final class Resource {

        final Map<String, Object> fields = new LinkedHashMap<>();
        String target;
        Instant readyAt;
    }
}
