/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer to creating a workspace group.
 *
 * @param workspaceGroupID the new group's id
 * @param adminPassword    the admin password, only when the server generated it; else {@code null}. Secret: not in
 *                         {@link #toString()}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreatedWorkspaceGroup(String workspaceGroupID, String adminPassword) {

    @Override
    public String toString() {
        return "CreatedWorkspaceGroup[workspaceGroupID=" + this.workspaceGroupID + ", adminPassword="
            + (this.adminPassword == null ? "null" : "***") + "]";
    }
}
