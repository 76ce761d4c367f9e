/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * A workspace's autoscaling settings.
 *
 * @param maxScaleFactor   the largest scale factor
 * @param sensitivity      {@code LOW}, {@code NORMAL} or {@code HIGH}
 * @param changedAt        when the settings changed (read only)
 * @param lastAutoScaledAt when it last scaled (read only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutoScale(Double maxScaleFactor, String sensitivity, Instant changedAt, Instant lastAutoScaledAt) {
}
