/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import io.r2dbc.spi.R2dbcException;

/**
 * A warning wrapped as an exception for {@link io.r2dbc.spi.Result.Message#exception()}; never thrown by the driver.
 */
final class R2dbcWarning extends R2dbcException {

    private static final long serialVersionUID = 1L;

    R2dbcWarning(String message, String sql) {
        super(message, "01000", 0, sql);
    }
}
