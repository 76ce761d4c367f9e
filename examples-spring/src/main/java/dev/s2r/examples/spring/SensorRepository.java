/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples.spring;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** Spring Data's repository of {@link Sensor}s, found by Spring Boot's repository scanning. */
public interface SensorRepository extends ReactiveCrudRepository<Sensor, Long> {
}
