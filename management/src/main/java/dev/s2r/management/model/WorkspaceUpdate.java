/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code PATCH /v1/workspaces/{id}} ({@code WorkspaceUpdate}, singlestore-server.md §1.5): only the
 * fields that are not {@code null} are sent and changed. Start from {@link #empty()}.
 *
 * @param size           a new size
 * @param deploymentType {@code PRODUCTION} or {@code NON-PRODUCTION}
 * @param enableKai      whether Kai is on
 * @param cacheConfig    a new cache multiplier (1, 2 or 4)
 * @param scaleFactor    a new scale factor
 * @param autoSuspend    new auto-suspend settings
 * @param autoScale      new autoscaling settings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkspaceUpdate(String size, String deploymentType, Boolean enableKai, Double cacheConfig,
                              Double scaleFactor, AutoSuspendSettings autoSuspend, AutoScale autoScale) {

    /** @return an update that changes nothing */
    public static WorkspaceUpdate empty() {
        return new WorkspaceUpdate(null, null, null, null, null, null, null);
    }

    /**
     * @param newSize the new size
     * @return a copy that also changes the size
     */
    public WorkspaceUpdate withSize(String newSize) {
        return new WorkspaceUpdate(newSize, deploymentType, enableKai, cacheConfig, scaleFactor, autoSuspend,
            autoScale);
    }

    /**
     * @param settings the new auto-suspend settings
     * @return a copy that also changes them
     */
    public WorkspaceUpdate withAutoSuspend(AutoSuspendSettings settings) {
        return new WorkspaceUpdate(size, deploymentType, enableKai, cacheConfig, scaleFactor, settings, autoScale);
    }
}
