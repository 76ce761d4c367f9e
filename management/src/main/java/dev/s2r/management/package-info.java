/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * SingleStore's cloud Management API as Reactor publishers. The entry point is
 * {@link dev.s2r.management.SingleStoreManagement} ({@code create(token)} or {@code builder()}): regions, the
 * current organization, workspace groups and workspaces, with the long operations (create, suspend, resume,
 * terminate) as streams of the states observed until they finish; and, each from one accessor, starter workspaces,
 * secrets, billing usage, teams, users, projects, inference APIs and models, the scheduled notebook jobs
 * ({@code jobs()}) and the table exports ({@code exports(groupId)}).
 * <p>
 * May import every package of the module; nothing in the module imports it.
 */
package dev.s2r.management;
