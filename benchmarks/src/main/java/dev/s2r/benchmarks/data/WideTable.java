/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.data;

import java.util.List;

/**
 * The SQL of the benchmark table {@code wide} and of the statements every driver runs against it.
 */
public final class WideTable {

    /** The full scan of STREAM. */
    public static final String SELECT_ALL = "SELECT * FROM wide";
    /** The primary-key lookup of POINT. */
    public static final String SELECT_BY_ID = "SELECT * FROM wide WHERE id = ?";
    /**
     * {@link #SELECT_BY_ID} up to its marker: over the Data API, s2r sends a bound integer inlined as its digits
     * after it.
     */
    public static final String LOOKUP_PREFIX = SELECT_BY_ID.substring(0, SELECT_BY_ID.indexOf('?'));
    /** The INSERT of the INSERT workload, into {@code ins}. */
    public static final String INSERT = "INSERT INTO ins (id, i, d, `dec`, s, dt, b) VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** The table definition. */
    public static final String CREATE = "CREATE TABLE wide (id BIGINT NOT NULL PRIMARY KEY, i INT NOT NULL, "
        + "d DOUBLE NOT NULL, `dec` DECIMAL(18,4) NOT NULL, s VARCHAR(64) NOT NULL, dt DATETIME(6) NOT NULL, "
        + "b VARBINARY(32) NOT NULL)";

    /**
     * The {@code dataType} of each column of {@code wide} in a Data API {@code query/tuples} answer, as SingleStore's
     * service names them: upper case, precision and scale on DECIMAL, fractional digits on DATETIME, no length on
     * VARCHAR and VARBINARY.
     */
    public static final List<String> DATA_API_TYPES = List.of("BIGINT", "INT", "DOUBLE", "DECIMAL(18,4)", "VARCHAR",
        "DATETIME(6)", "VARBINARY");

    private WideTable() {
    }

    /**
     * The INSERT ... SELECT that fills {@code wide} with ids {@code 1..rows} from a cross join of a
     * ten-row table {@code digits} (works on MariaDB and SingleStore alike); the values are those of
     * {@link WideRow#generate(long)}.
     *
     * @param digitsTable the name of a table with one INT column {@code v} holding 0..9
     * @param rows        how many rows, at most 10^9
     * @return the statement
     */
    public static String loadSql(String digitsTable, int rows) {
        int digits = Math.max(1, (int) Math.ceil(Math.log10(rows)));
        StringBuilder n = new StringBuilder("1");
        StringBuilder from = new StringBuilder();
        long weight = 1;
        for (int k = 0; k < digits; k++) {
            n.append(" + ").append(weight).append(" * d").append(k).append(".v");
            from.append(k == 0 ? "" : " CROSS JOIN ").append(digitsTable).append(" d").append(k);
            weight *= 10;
        }
        return "INSERT INTO wide (id, i, d, `dec`, s, dt, b) SELECT n, "
            + "CAST(n * 7919 % 2000003 - 1000000 AS SIGNED), "
            + "n * 0.25 + 0.5, "
            + "n * 12.3456, "
            + "CONCAT('s-', LEFT(MD5(n), 18)), "
            + "TIMESTAMP('2020-01-01 00:00:00') + INTERVAL (n * 1234567) MICROSECOND, "
            + "UNHEX(MD5(CONCAT('b', n))) "
            + "FROM (SELECT CAST(" + n + " AS SIGNED) AS n FROM " + from + ") t WHERE n <= " + rows;
    }
}
