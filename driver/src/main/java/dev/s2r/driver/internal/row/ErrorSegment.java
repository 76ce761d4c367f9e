/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result.Message;

/**
 * An error reported by the server, as a message segment.
 */
final class ErrorSegment implements Message {

    private final R2dbcException exception;

    ErrorSegment(R2dbcException exception) {
        this.exception = exception;
    }

    @Override
    public R2dbcException exception() {
        return this.exception;
    }

    @Override
    public int errorCode() {
        return this.exception.getErrorCode();
    }

    @Override
    public String sqlState() {
        return this.exception.getSqlState();
    }

    @Override
    public String message() {
        return this.exception.getMessage();
    }
}
