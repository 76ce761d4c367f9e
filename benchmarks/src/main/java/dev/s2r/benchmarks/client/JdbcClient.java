/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideRow;
import dev.s2r.benchmarks.data.WideTable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A blocking JDBC driver (mariadb-java-client or singlestore-jdbc-client): streaming result sets
 * ({@code setFetchSize}), one thread per connection for concurrent lookups, {@code addBatch}/{@code executeBatch}
 * for inserts. The URL options per workload are chosen by {@link Clients}.
 */
final class JdbcClient implements BenchClient {

    private final List<Connection> connections = new ArrayList<>();
    private final ExecutorService threads;
    private final long timeoutSeconds;

    JdbcClient(String url, String user, String password, int connections, long timeoutSeconds) throws SQLException {
        this.timeoutSeconds = timeoutSeconds;
        for (int k = 0; k < connections; k++) {
            this.connections.add(DriverManager.getConnection(url, user, password));
        }
        this.threads = connections > 1 ? Executors.newFixedThreadPool(connections) : null;
    }

    static WideRow row(ResultSet rs) throws SQLException {
        return new WideRow(rs.getLong(1), rs.getInt(2), rs.getDouble(3), rs.getBigDecimal(4), rs.getString(5),
            rs.getObject(6, LocalDateTime.class), rs.getBytes(7));
    }

    @Override
    public Checksum stream() throws SQLException {
        Checksum checksum = new Checksum();
        try (Statement statement = connections.get(0).createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery(WideTable.SELECT_ALL)) {
                while (rs.next()) {
                    checksum.add(row(rs));
                }
            }
        }
        return checksum;
    }

    @Override
    public Checksum streamSlow(SlowConsumer consumer) throws SQLException {
        try (Statement statement = connections.get(0).createStatement()) {
            statement.setFetchSize(256);
            try (ResultSet rs = statement.executeQuery(WideTable.SELECT_ALL)) {
                while (rs.next()) {
                    consumer.accept(row(rs));
                }
            }
        }
        return consumer.checksum();
    }

    private static Checksum lookups(Connection connection, long[] ids, int first, int step) throws SQLException {
        Checksum checksum = new Checksum();
        for (int k = first; k < ids.length; k += step) {
            try (PreparedStatement statement = connection.prepareStatement(WideTable.SELECT_BY_ID)) {
                statement.setLong(1, ids[k]);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        checksum.add(row(rs));
                    }
                }
            }
        }
        return checksum;
    }

    @Override
    public Checksum point(long[] ids, int concurrency) throws Exception {
        if (concurrency == 1) {
            return lookups(connections.get(0), ids, 0, 1);
        }
        if (concurrency != connections.size()) {
            throw new IllegalStateException("JDBC runs one thread per connection: " + concurrency + " != " + connections.size());
        }
        List<Callable<Checksum>> tasks = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            int first = t;
            tasks.add(() -> lookups(connections.get(first), ids, first, concurrency));
        }
        Checksum all = new Checksum();
        for (Future<Checksum> part : threads.invokeAll(tasks, timeoutSeconds, TimeUnit.SECONDS)) {
            all.merge(part.get());
        }
        return all;
    }

    @Override
    public void insert(List<WideRow> rows, int batchSize) throws SQLException {
        Connection connection = connections.get(0);
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement(WideTable.INSERT)) {
            for (int from = 0; from < rows.size(); from += batchSize) {
                for (WideRow r : rows.subList(from, Math.min(rows.size(), from + batchSize))) {
                    statement.setLong(1, r.id());
                    statement.setInt(2, r.i());
                    statement.setDouble(3, r.d());
                    statement.setBigDecimal(4, r.dec());
                    statement.setString(5, r.s());
                    statement.setObject(6, r.dt());
                    statement.setBytes(7, r.b());
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void close() throws SQLException {
        if (threads != null) {
            threads.shutdownNow();
        }
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
