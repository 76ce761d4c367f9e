/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import java.util.Arrays;
import java.util.List;

/**
 * The column definitions of a result set, delivered as one message once all of them have arrived.
 */
public final class ResultSetMetadata implements ServerMessage {

    private final ColumnDefinition[] columns;
    private final boolean binary;

    /**
     * @param columns the columns in order; the array is kept, not copied (the column cache hands out the same array
     *                for every result with the same columns, and the row metadata built from it is reused by
     *                identity), so it must not be modified afterwards
     * @param binary  whether the rows that follow use the binary protocol
     */
    public ResultSetMetadata(ColumnDefinition[] columns, boolean binary) {
        this.columns = columns;
        this.binary = binary;
    }

    /** @return the columns (a shared array: do not modify) */
    public ColumnDefinition[] columns() {
        return this.columns;
    }

    public List<ColumnDefinition> getColumns() {
        return Arrays.asList(this.columns.clone());
    }

    public boolean isBinary() {
        return this.binary;
    }

    @Override
    public String toString() {
        return "ResultSetMetadata{columns=" + Arrays.toString(this.columns) + ", binary=" + this.binary + '}';
    }
}
