/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Auto-suspend settings sent when creating or updating a workspace.
 *
 * @param suspendType         {@code IDLE}, {@code SCHEDULED} or {@code DISABLED}
 * @param suspendAfterSeconds seconds before suspending; {@code null} for {@code DISABLED}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutoSuspendSettings(String suspendType, Long suspendAfterSeconds) {
}
