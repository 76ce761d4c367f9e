/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * One Micrometer observation per statement; Micrometer is an optional dependency, loaded only when an {@code
 * observationRegistry} is configured.
 * <p>
 * May import message, codec, util and api.
 */
package dev.s2r.driver.internal.observation;
