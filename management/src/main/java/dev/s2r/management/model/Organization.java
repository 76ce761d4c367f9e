/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The organization of the token, {@code GET /v1/organizations/current}.
 *
 * @param orgID          its id
 * @param name           its name, or {@code null}
 * @param firewallRanges its firewall ranges (CIDR); empty when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organization(String orgID, String name, List<String> firewallRanges) {

    /** Copies the list. */
    public Organization {
        firewallRanges = firewallRanges == null ? List.of() : List.copyOf(firewallRanges);
    }
}
