/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

/**
 * The complete answer to {@code COM_STMT_PREPARE}: the statement id with its parameter and column definitions.
 */
public final class PrepareComplete implements ServerMessage {

    private final long statementId;
    private final int parameterCount;
    private final ColumnDefinition[] columns;
    private final int warnings;

    /**
     * @param statementId    the server's statement id
     * @param parameterCount the number of parameters
     * @param columns        the result columns (empty for statements without a result set)
     * @param warnings       the warning count
     */
    public PrepareComplete(long statementId, int parameterCount, ColumnDefinition[] columns, int warnings) {
        this.statementId = statementId;
        this.parameterCount = parameterCount;
        this.columns = columns.clone();
        this.warnings = warnings;
    }

    public long getStatementId() {
        return this.statementId;
    }

    public int getParameterCount() {
        return this.parameterCount;
    }

    /** @return the result columns (shared array: do not modify) */
    public ColumnDefinition[] columns() {
        return this.columns;
    }

    public int getWarnings() {
        return this.warnings;
    }

    @Override
    public String toString() {
        return "PrepareComplete{statementId=" + this.statementId + ", parameters=" + this.parameterCount + ", columns="
            + this.columns.length + '}';
    }
}
