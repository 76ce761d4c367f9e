/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * How the client talks to the Management API: the immutable {@link dev.s2r.management.internal.Settings}, the
 * HTTP {@link dev.s2r.management.internal.Transport} (token, organization, errors, JSON), the retry policy as a
 * Reactor {@code Retry} ({@link dev.s2r.management.internal.Retries}) and the polling of long operations
 * ({@link dev.s2r.management.internal.Poller}). Not an API: it may change in any release.
 * <p>
 * Imports {@code dev.s2r.management.api} and {@code dev.s2r.management.model}; only {@code dev.s2r.management}
 * imports it.
 */
package dev.s2r.management.internal;
