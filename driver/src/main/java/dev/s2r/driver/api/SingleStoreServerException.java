/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.R2dbcNonTransientException;

/**
 * A server error that {@link ExceptionFactory} cannot place in a more specific category of the R2DBC exception
 * hierarchy. It carries the server's error code, SQLSTATE and the offending SQL like every mapped exception.
 */
public final class SingleStoreServerException extends R2dbcNonTransientException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason    the message
     * @param sqlState  the SQLSTATE, may be {@code null}
     * @param errorCode the server error code
     * @param sql       the statement that failed, may be {@code null}
     */
    public SingleStoreServerException(String reason, String sqlState, int errorCode, String sql) {
        super(reason, sqlState, errorCode, sql);
    }
}
