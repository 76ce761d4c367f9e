/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A runtime jobs can run on ({@code GET /v1/jobs/runtimes}, singlestore-server.md §1.4).
 *
 * @param name        its name, given as a job's {@code runtimeName}
 * @param description what it is
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobRuntime(String name, String description) {
}
