/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * The body of {@code PATCH /v1/workspaceGroups/{id}} ({@code WorkspaceGroupUpdate}, singlestore-server.md §1.5):
 * only the fields that are not {@code null} are sent and changed. Start from {@link #empty()}. The admin password
 * is not in {@link #toString()}.
 *
 * @param name            a new name
 * @param adminPassword   a new admin password
 * @param allowAllTraffic whether all traffic is allowed
 * @param deploymentType  {@code PRODUCTION} or {@code NON-PRODUCTION}
 * @param expiresAt       a new expiry time
 * @param firewallRanges  new CIDR ranges
 * @param updateWindow    a new weekly update window
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkspaceGroupUpdate(String name, String adminPassword, Boolean allowAllTraffic, String deploymentType,
                                   Instant expiresAt, List<String> firewallRanges, UpdateWindow updateWindow) {

    /** Copies the list. */
    public WorkspaceGroupUpdate {
        firewallRanges = firewallRanges == null ? null : List.copyOf(firewallRanges);
    }

    /** @return an update that changes nothing */
    public static WorkspaceGroupUpdate empty() {
        return new WorkspaceGroupUpdate(null, null, null, null, null, null, null);
    }

    /**
     * @param newName the new name
     * @return a copy that also changes the name
     */
    public WorkspaceGroupUpdate withName(String newName) {
        return new WorkspaceGroupUpdate(newName, adminPassword, allowAllTraffic, deploymentType, expiresAt,
            firewallRanges, updateWindow);
    }

    /**
     * @param password the new admin password
     * @return a copy that also changes it
     */
    public WorkspaceGroupUpdate withAdminPassword(String password) {
        return new WorkspaceGroupUpdate(name, password, allowAllTraffic, deploymentType, expiresAt, firewallRanges,
            updateWindow);
    }

    /**
     * @param ranges the new CIDR ranges
     * @return a copy that also changes them
     */
    public WorkspaceGroupUpdate withFirewallRanges(List<String> ranges) {
        return new WorkspaceGroupUpdate(name, adminPassword, allowAllTraffic, deploymentType, expiresAt, ranges,
            updateWindow);
    }

    /**
     * @param time the new expiry time
     * @return a copy that also changes it
     */
    public WorkspaceGroupUpdate withExpiresAt(Instant time) {
        return new WorkspaceGroupUpdate(name, adminPassword, allowAllTraffic, deploymentType, time, firewallRanges,
            updateWindow);
    }

    @Override
    public String toString() {
        return "WorkspaceGroupUpdate[name=" + name + ", adminPassword=" + (adminPassword == null ? "null" : "***")
            + ", allowAllTraffic=" + allowAllTraffic + ", deploymentType=" + deploymentType + ", expiresAt="
            + expiresAt + ", firewallRanges=" + firewallRanges + ", updateWindow=" + updateWindow + "]";
    }
}
