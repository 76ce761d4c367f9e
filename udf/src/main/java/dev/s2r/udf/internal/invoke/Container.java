/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

/** What a function's Java result is wrapped in. */
public enum Container {
    /** The value, record or column itself. */
    NONE,
    /** A {@code Mono} of it. */
    MONO,
    /** A {@code CompletableFuture} of it. */
    FUTURE,
    /** A {@code Flux} of table rows. */
    FLUX,
    /** A {@code List} of table rows. */
    LIST,
    /** A {@code Stream} of table rows. */
    STREAM
}
