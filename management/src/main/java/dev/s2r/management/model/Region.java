/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A region of {@code GET /v1/regions}.
 *
 * @param regionID   the region's id, used to create workspace groups
 * @param region     its display name
 * @param provider   the cloud provider: {@code AWS}, {@code GCP} or {@code Azure} (mixed case, as sent)
 * @param regionName the provider's name of the region, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Region(String regionID, String region, String provider, String regionName) {
}
