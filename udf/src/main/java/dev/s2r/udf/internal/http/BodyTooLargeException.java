/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

/** A request body larger than the configured cap: answered 413. */
final class BodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param limit the cap in bytes */
    BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
