/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer to creating a user of a starter workspace ({@code {userID, password}}, python-sdk-services.md §3.2).
 *
 * @param userID   the new user's id
 * @param password the password the server generated, or {@code null} when one was given. Secret: not in
 *                 {@link #toString()}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StarterUser(String userID, String password) {

    @Override
    public String toString() {
        return "StarterUser[userID=" + this.userID + ", password=" + (this.password == null ? "null" : "***") + "]";
    }
}
