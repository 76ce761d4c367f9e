/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.server;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideRow;
import dev.s2r.benchmarks.data.WideTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * Small JDBC helpers of the launcher.
 */
final class Sql {

    private Sql() {
    }

    /** The first column of the first row, or {@code null} when the query fails or returns nothing. */
    static String queryString(Statement st, String sql) {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    static void tryExecute(Statement st, String sql) {
        try {
            st.execute(sql);
        } catch (SQLException e) {
            System.out.println("note: " + sql + " failed: " + e.getMessage());
        }
    }

    /** Whether {@code wide} exists with ids exactly 1..rows (then it is reused, its checksum checked later). */
    static boolean tableHolds(Statement st, int rows) {
        String count = queryString(st, "SELECT CONCAT(COUNT(*), ':', COALESCE(MIN(id), 0), ':', COALESCE(MAX(id), 0)) FROM wide");
        return (rows + ":1:" + rows).equals(count);
    }

    /** Reads the whole table (which also warms the server's buffer pool) and folds it; names the first bad row. */
    static String tableChecksum(Connection connection) throws SQLException {
        Checksum checksum = new Checksum();
        try (Statement st = connection.createStatement()) {
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery(WideTable.SELECT_ALL)) {
                while (rs.next()) {
                    WideRow row = new WideRow(rs.getLong(1), rs.getInt(2), rs.getDouble(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getObject(6, LocalDateTime.class), rs.getBytes(7));
                    WideRow generated = WideRow.generate(row.id());
                    if (row.hash() != generated.hash()) {
                        throw new IllegalStateException("row " + row + " differs from the generated " + generated);
                    }
                    checksum.add(row);
                }
            }
        }
        return checksum.toString();
    }

    static String readPid(Path pidFile) {
        try {
            return Files.readString(pidFile).trim();
        } catch (IOException e) {
            return null;
        }
    }
}
