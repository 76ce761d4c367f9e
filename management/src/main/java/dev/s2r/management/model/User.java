/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A user of the organization ({@code User}, singlestore-server.md §1.5).
 *
 * @param userID         its id
 * @param email          its email
 * @param firstName      its first name
 * @param lastName       its last name
 * @param userKind       {@code Standard}, {@code ServiceAccount} or {@code CloudPrincipal}; kept as sent
 * @param cloudPrincipal the cloud principal of a {@code CloudPrincipal} user
 * @param createdBy      who created it
 * @param description    its description
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(String userID, String email, String firstName, String lastName, String userKind,
                   String cloudPrincipal, String createdBy, String description) {
}
