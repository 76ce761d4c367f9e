/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a job runs ({@code executionConfig}, singlestore-server.md §1.5). A job read from the API has
 * {@code maxAllowedExecutionDurationInMinutes}; a job being created may name a runtime. {@code null} fields are not
 * sent.
 *
 * @param notebookPath                          the notebook's path in the organization's files
 * @param createSnapshot                        whether each run saves a snapshot of the notebook
 * @param runtimeName                           the runtime to run it on (see {@code jobs().runtimes()}); sent only
 * @param maxAllowedExecutionDurationInMinutes  the longest a run may take; read only
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobExecutionConfig(String notebookPath, Boolean createSnapshot, String runtimeName,
                                 Integer maxAllowedExecutionDurationInMinutes) {
}
