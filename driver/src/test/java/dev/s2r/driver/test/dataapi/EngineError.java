/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

/**
 * An error packet of the engine (or one forced by a test), with the engine's own message: no driver prefix.
 */
final class EngineError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final String sqlState;

    EngineError(int code, String sqlState, String message) {
        super(message, null, false, false);
        this.code = code;
        this.sqlState = sqlState;
    }

    int code() {
        return this.code;
    }

    String sqlState() {
        return this.sqlState;
    }
}
