/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * A workspace group ({@code WorkspaceGroup} of the spec, singlestore-server.md §1.5). Optional fields are
 * {@code null} when absent; the API's "zero" time {@code 0001-01-01T00:00:00Z} reads as {@code null}.
 *
 * @param workspaceGroupID         its id
 * @param name                     its name
 * @param createdAt                when it was created
 * @param state                    {@code ACTIVE}, {@code PENDING}, {@code FAILED} or {@code TERMINATED}
 * @param regionID                 the id of its region
 * @param regionName               the provider's name of its region
 * @param provider                 its cloud provider
 * @param firewallRanges           the CIDR ranges allowed to connect; empty when absent
 * @param allowAllTraffic          whether all traffic is allowed
 * @param expiresAt                when it expires
 * @param terminatedAt             when it was terminated; {@code null} while it is not
 * @param deploymentType           {@code PRODUCTION} or {@code NON-PRODUCTION}
 * @param highAvailabilityTwoZones whether it spans two availability zones
 * @param optInPreviewFeature      whether preview features are on
 * @param projectID                the id of its project
 * @param projectName              the name of its project
 * @param smartDRStatus            {@code ACTIVE} or {@code STANDBY}
 * @param updateWindow             its weekly update window
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkspaceGroup(String workspaceGroupID, String name, Instant createdAt, State state, String regionID,
                             String regionName, String provider, List<String> firewallRanges, Boolean allowAllTraffic,
                             Instant expiresAt, Instant terminatedAt, String deploymentType,
                             Boolean highAvailabilityTwoZones, Boolean optInPreviewFeature, String projectID,
                             String projectName, String smartDRStatus, UpdateWindow updateWindow) {

    /** Copies the list. */
    public WorkspaceGroup {
        firewallRanges = firewallRanges == null ? List.of() : List.copyOf(firewallRanges);
    }

    /** @return whether {@code terminatedAt} is set, which ends a group's termination (python-sdk-services.md §3.4) */
    public boolean isTerminated() {
        return this.terminatedAt != null;
    }
}
