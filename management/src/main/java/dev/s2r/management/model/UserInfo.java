/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A user as a member of a team ({@code UserInfo}, singlestore-server.md §1.5; its fields are those of a
 * {@link User} the spec's inventory names).
 *
 * @param userID    the user's id
 * @param email     the user's email
 * @param firstName the user's first name
 * @param lastName  the user's last name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserInfo(String userID, String email, String firstName, String lastName) {
}
