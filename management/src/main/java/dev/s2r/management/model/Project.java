/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * A project of the organization ({@code Project}, singlestore-server.md §1.5).
 *
 * @param projectID its id
 * @param name      its name
 * @param edition   {@code STANDARD}, {@code ENTERPRISE}, {@code PREMIUM}, {@code DEDICATED} or {@code SHARED}; kept
 *                  as sent
 * @param createdAt when it was created
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Project(String projectID, String name, String edition, Instant createdAt) {
}
