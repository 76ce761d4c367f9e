/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A database attached when a workspace resumed.
 *
 * @param attachment {@code READWRITE} or {@code READONLY}
 * @param database   the database
 * @param success    whether it attached
 * @param error      why it did not, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResumeAttachment(String attachment, String database, Boolean success, String error) {
}
