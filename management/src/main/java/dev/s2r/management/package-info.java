/**
 * The SingleStore cloud Management API as {@code Mono}/{@code Flux} (workspace groups, workspaces, stages,
 * files, jobs, regions, billing, secrets) and the built-in Fusion SQL handlers. Planned; see {@code README.md}.
 */
package dev.s2r.management;
