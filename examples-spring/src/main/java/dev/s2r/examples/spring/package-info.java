/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * A Spring Boot WebFlux service on s2r: sensors kept with Spring Data R2DBC ({@code /sensors}), a million generated
 * readings streamed as NDJSON with backpressure ({@code /readings}), and a {@code @Udf} function served on the same
 * port by s2r-spring-boot-starter ({@code /invoke}). {@link dev.s2r.examples.spring.SensorsApplication} runs it.
 */
package dev.s2r.examples.spring;
