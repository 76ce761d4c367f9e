/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * Tests only: a Spring Boot 3.5 application (Spring Framework 6.2, Spring Data 2025.0) on the driver, to check that
 * the driver's Spring Data R2DBC dialect and bind markers, compiled against Spring Framework 7 and Spring Data
 * 2025.1, also serve the previous Spring generation. Imports the driver's public API, s2r-test and Spring.
 */
package dev.s2r.boot3check;
