/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

/**
 * The result columns a prepared statement last announced (at prepare, then at every execution that sent them),
 * for MariaDB's {@code MARIADB_CLIENT_CACHE_METADATA}: an execution whose column count packet says "metadata
 * skipped" uses these. One per prepared statement; the executions of a statement on one connection are decoded in
 * order on its event loop.
 */
public final class StatementColumns {

    private volatile ColumnDefinition[] columns;

    /**
     * @param columns the columns of the prepare response
     */
    public StatementColumns(ColumnDefinition[] columns) {
        this.columns = columns;
    }

    ColumnDefinition[] get() {
        return this.columns;
    }

    void set(ColumnDefinition[] columns) {
        this.columns = columns;
    }
}
