/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A JDBC connection (mariadb-java-client) for fixtures outside the measured part: recreating {@code ins},
 * counting rows.
 */
public final class Admin implements AutoCloseable {

    private final Connection connection;

    /**
     * Connects to the run's database.
     *
     * @param env the run's environment
     * @throws SQLException when it cannot connect
     */
    public Admin(BenchEnv env) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:mariadb://" + env.host() + ":" + env.port() + "/"
            + env.database(), env.user(), env.password());
    }

    /**
     * Runs statements in order.
     *
     * @param sql the statements
     * @throws SQLException on failure
     */
    public void execute(String... sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String s : sql) {
                statement.execute(s);
            }
        }
    }

    /**
     * Counts a table's rows.
     *
     * @param table the table
     * @return {@code SELECT COUNT(*)}
     * @throws SQLException on failure
     */
    public long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
