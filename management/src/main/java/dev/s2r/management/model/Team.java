/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * A team of the organization ({@code Team}, singlestore-server.md §1.5).
 *
 * @param teamID      its id
 * @param name        its name
 * @param description its description
 * @param createdAt   when it was created
 * @param memberUsers its users; empty when absent
 * @param memberTeams its member teams; empty when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Team(String teamID, String name, String description, Instant createdAt, List<UserInfo> memberUsers,
                   List<TeamInfo> memberTeams) {

    /** Copies the lists. */
    public Team {
        memberUsers = memberUsers == null ? List.of() : List.copyOf(memberUsers);
        memberTeams = memberTeams == null ? List.of() : List.copyOf(memberTeams);
    }
}
