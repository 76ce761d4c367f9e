/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples.spring;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One generated reading, a line of the {@code /readings} stream.
 *
 * @param id from 1 to 1,000,000
 * @param sensor the sensor that took it, {@code id % 100}
 * @param location where the sensor stands
 * @param celsius the temperature, {@code (id % 400) / 10}
 * @param takenAt {@code id} seconds after 2026-01-01 00:00:00
 */
public record Reading(long id, long sensor, String location, BigDecimal celsius, LocalDateTime takenAt) {
}
