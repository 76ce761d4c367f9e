/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

/**
 * The organization data {@link ManagementApiServer} starts with, for the endpoints tests cannot create through the
 * client: a project, two users, a team, and two models of which one has an inference API in the project.
 */
public final class Seeded {

    /** The id of the project. */
    public static final String PROJECT_ID = "6f1c3c5e-0b7a-4b8e-9a51-2f6a3c0d9e11";
    /** The project's name. */
    public static final String PROJECT_NAME = "analytics";
    /** The id of the token's user. */
    public static final String USER_ID = "0d7f6b0e-5a2c-4f3e-8c1d-9b4a7e2f6c30";
    /** The token's user's email. */
    public static final String USER_EMAIL = "ada@example.com";
    /** The id of the other user, a service account. */
    public static final String SERVICE_USER_ID = "a3e1b9c4-7d2f-4e6a-b8c0-1f5d3e7a9b42";
    /** The id of the team, whose member is the token's user. */
    public static final String TEAM_ID = "c81d4e2f-3a6b-4c9d-8e1f-7a2b5c3d9e04";
    /** The team's name. */
    public static final String TEAM_NAME = "data";
    /** A model with an inference API in the project, suspended at the start. */
    public static final String MODEL = "llama-3-8b";
    /** A model without an inference API in the project, active at the start. */
    public static final String OTHER_MODEL = "e5-embeddings";

    private Seeded() {
    }
}
