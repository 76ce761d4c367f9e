/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * The body of {@code POST /v1/workspaces} ({@code WorkspaceCreate}, singlestore-server.md §1.5): {@code name} and
 * {@code workspaceGroupID} are required. Start from {@link #of(String, String)}; {@code null} fields are not sent.
 *
 * @param name             the workspace's name
 * @param workspaceGroupID the id of its group
 * @param size             its size, e.g. {@code S-00}; the server's default when {@code null}
 * @param enableKai        whether Kai (MongoDB API) is on
 * @param cacheConfig      its cache multiplier (1, 2 or 4)
 * @param scaleFactor      its scale factor
 * @param autoSuspend      its auto-suspend settings
 * @param autoScale        its autoscaling settings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkspaceCreate(String name, String workspaceGroupID, String size, Boolean enableKai,
                              Double cacheConfig, Double scaleFactor, AutoSuspendSettings autoSuspend,
                              AutoScale autoScale) {

    /** Checks the required fields. */
    public WorkspaceCreate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(workspaceGroupID, "workspaceGroupID");
    }

    /**
     * @param workspaceGroupID the id of the group
     * @param name             the workspace's name
     * @return a body with the required fields only
     */
    public static WorkspaceCreate of(String workspaceGroupID, String name) {
        return new WorkspaceCreate(name, workspaceGroupID, null, null, null, null, null, null);
    }

    /**
     * @param newSize the size, e.g. {@code S-00}
     * @return a copy with it
     */
    public WorkspaceCreate withSize(String newSize) {
        return new WorkspaceCreate(name, workspaceGroupID, newSize, enableKai, cacheConfig, scaleFactor, autoSuspend,
            autoScale);
    }

    /**
     * @param enabled whether Kai is on
     * @return a copy with it
     */
    public WorkspaceCreate withEnableKai(boolean enabled) {
        return new WorkspaceCreate(name, workspaceGroupID, size, enabled, cacheConfig, scaleFactor, autoSuspend,
            autoScale);
    }

    /**
     * @param settings the auto-suspend settings
     * @return a copy with them
     */
    public WorkspaceCreate withAutoSuspend(AutoSuspendSettings settings) {
        return new WorkspaceCreate(name, workspaceGroupID, size, enableKai, cacheConfig, scaleFactor, settings,
            autoScale);
    }
}
