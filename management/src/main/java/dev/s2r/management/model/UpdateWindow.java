/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The weekly window in which a workspace group is updated.
 *
 * @param day  the day of the week, 0 to 6
 * @param hour the hour of the day, 0 to 23
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateWindow(Integer day, Integer hour) {
}
