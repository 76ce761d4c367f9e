/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A region of {@code GET /v1/regions/sharedtier}, where starter workspaces run.
 *
 * @param region     its display name
 * @param regionName the provider's name of the region
 * @param provider   the cloud provider: {@code AWS}, {@code GCP} or {@code AZURE}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SharedTierRegion(String region, String regionName, String provider) {
}
