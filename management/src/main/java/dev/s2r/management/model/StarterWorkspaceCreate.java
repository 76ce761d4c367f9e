/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Locale;
import java.util.Objects;

/**
 * The body of {@code POST /v1/sharedtier/virtualWorkspaces} (singlestore-server.md §1.4): name, database name,
 * provider and region name are required, the project is optional. The provider is sent in upper case, as the spec
 * lists it ({@code AWS}, {@code AZURE}, {@code GCP}); the regions are those of {@code sharedTierRegions()}.
 *
 * @param name         the workspace's name
 * @param databaseName the name of its database
 * @param provider     the cloud provider: {@code AWS}, {@code AZURE} or {@code GCP}
 * @param regionName   the provider's region name, e.g. {@code us-east-1}
 * @param projectID    the id of its project, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StarterWorkspaceCreate(String name, String databaseName, String provider, String regionName,
                                     String projectID) {

    /** Checks the required fields and upper-cases the provider. */
    public StarterWorkspaceCreate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(databaseName, "databaseName");
        provider = Objects.requireNonNull(provider, "provider").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(regionName, "regionName");
    }

    /**
     * @param name         the workspace's name
     * @param databaseName the name of its database
     * @param provider     the cloud provider, e.g. {@code AWS}
     * @param regionName   the provider's region name
     * @return a body with the required fields only
     */
    public static StarterWorkspaceCreate of(String name, String databaseName, String provider, String regionName) {
        return new StarterWorkspaceCreate(name, databaseName, provider, regionName, null);
    }

    /**
     * @param project the id of the project the workspace belongs to
     * @return a copy with it
     */
    public StarterWorkspaceCreate withProjectID(String project) {
        return new StarterWorkspaceCreate(this.name, this.databaseName, this.provider, this.regionName, project);
    }
}
