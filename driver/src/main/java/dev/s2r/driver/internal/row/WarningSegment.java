/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result.Message;

/**
 * The server's warning count for a statement, as a message segment that does not fail {@code map} or
 * {@code getRowsUpdated}; {@code SHOW WARNINGS} lists the warnings themselves.
 */
final class WarningSegment implements Message {

    private final int count;
    private final String sql;

    WarningSegment(int count, String sql) {
        this.count = count;
        this.sql = sql;
    }

    /** @return the number of warnings */
    int count() {
        return this.count;
    }

    @Override
    public R2dbcException exception() {
        return new R2dbcWarning(message(), this.sql);
    }

    @Override
    public int errorCode() {
        return 0;
    }

    @Override
    public String sqlState() {
        return "01000";
    }

    @Override
    public String message() {
        return "The statement produced " + this.count + " warning(s); run SHOW WARNINGS to list them";
    }
}
