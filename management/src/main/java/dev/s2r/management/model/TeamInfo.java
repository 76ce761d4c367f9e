/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A team as a member of another team ({@code TeamInfo}, singlestore-server.md §1.5).
 *
 * @param teamID      the team's id
 * @param name        the team's name
 * @param description the team's description
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamInfo(String teamID, String name, String description) {
}
