/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * A workspace's auto-suspend settings as read.
 *
 * @param suspendType           {@code IDLE} or {@code SCHEDULED}
 * @param idleAfterSeconds      idle seconds before suspending
 * @param scheduledAfterSeconds seconds before a scheduled suspension
 * @param idleChangedAt         when the idle setting changed
 * @param scheduledChangedAt    when the schedule changed
 * @param scheduledSuspendAt    when the scheduled suspension happens
 * @param suspendTypeChangedAt  when the type changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutoSuspend(String suspendType, Double idleAfterSeconds, Double scheduledAfterSeconds,
                          Instant idleChangedAt, Instant scheduledChangedAt, Instant scheduledSuspendAt,
                          Instant suspendTypeChangedAt) {
}
