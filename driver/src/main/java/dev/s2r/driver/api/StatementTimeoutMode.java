/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;


/**
 * How {@code Connection.setStatementTimeout} is enforced.
 */
public enum StatementTimeoutMode {

    /**
     * The server's own limit where it has one ({@code max_statement_time} on MariaDB, {@code max_execution_time} on
     * MySQL, which covers read-only SELECTs only); on SingleStore, which has none, the {@link #CLIENT} timer.
     */
    AUTO,
    /**
     * A client timer on every server: when a statement has not started to answer within the timeout, the driver
     * sends {@code KILL QUERY} from a side connection and fails the statement with {@code R2dbcTimeoutException}.
     */
    CLIENT;

    /**
     * Parses a mode name, case-insensitively.
     *
     * @param value the name
     * @return the mode
     * @throws IllegalArgumentException for an unknown name
     */
    public static StatementTimeoutMode parse(String value) {
        return Enums.named(StatementTimeoutMode.class, value, "statementTimeoutMode");
    }
}
