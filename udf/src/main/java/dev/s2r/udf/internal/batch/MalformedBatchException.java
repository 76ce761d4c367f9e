/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.batch;

/**
 * A request body that does not decode as its format says (truncated, a length beyond the body, a negative length,
 * invalid JSON, a broken Arrow file, a row of the wrong width): the server answers 400 with the message.
 */
public final class MalformedBatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, without any of the body's bytes beyond a short excerpt */
    public MalformedBatchException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong
     * @param cause the parser's exception
     */
    public MalformedBatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
