/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.client.Capabilities;
import dev.s2r.driver.test.Protocol;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.s2r.driver.BatchTables.TIMEOUT;
import static dev.s2r.driver.BatchTables.bindRows;
import static dev.s2r.driver.BatchTables.count;
import static dev.s2r.driver.BatchTables.insert;
import static dev.s2r.driver.BatchTables.rowsUpdated;
import static dev.s2r.driver.BatchTables.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of {@code Statement.add()} batches of a plain INSERT against a MariaDB server that offers
 * {@code COM_STMT_BULK_EXECUTE}: the driver sends the prepared single-row statement once per command with every
 * binding's values, instead of rewriting it into multi-row INSERTs.
 * <p>
 * Which path ran shows in the session's status counters: a bulk command is one {@code Com_stmt_execute} of the
 * statement as written, so running it afterwards with a single binding needs no new prepare; the rewrite prepares
 * a multi-row statement of its own.
 */
@SingleStoreTest
final class BulkInsertIntegrationTests {

    private static final int MIB = 1024 * 1024;
    private static TestDatabase database;

    @BeforeAll
    static void keep(TestDatabase testDatabase) {
        database = testDatabase;
    }

    private static String freshTable() {
        return BatchTables.freshTable(database, "bulk_");
    }

    private static Connection open(Map<String, String> options) {
        return Mono.from(database.connectionFactory(Protocol.PREPARED.options(options)).create()).block(TIMEOUT);
    }

    private static Connection open() {
        return open(Map.of());
    }

    private static void close(Connection connection) {
        Mono.from(connection.close()).block(TIMEOUT);
    }

    /** @return how much {@code counter} grew while {@code work} ran */
    private static long delta(Connection connection, String counter, Runnable work) {
        long before = status(connection, counter);
        work.run();
        return status(connection, counter) - before;
    }

    /** @return the prepares of running the batch and then the same statement with one binding */
    private static long preparesOfBatchThenSingle(Connection connection, String table, Statement batch) {
        return delta(connection, "Com_stmt_prepare", () -> {
            rowsUpdated(batch);
            rowsUpdated(connection.createStatement(insert(table)).bind(0, -1).bind(1, "single").bind(2, 0.0));
        });
    }

    @Test
    void theServerAnnouncesBulkOperationsAndTheDriverAsksForThem() {
        Connection c = open();
        try {
            assertThat(((SingleStoreConnection) c).resources().context().has(Capabilities.MARIADB_STMT_BULK_OPERATIONS)).isTrue();
        } finally {
            close(c);
        }
    }

    @Test
    void aThousandBindingsRunAsOneExecutionOfTheStatementAsWritten() {
        String table = freshTable();
        Connection c = open();
        try {
            long executions = delta(c, "Com_stmt_execute", () -> rowsUpdated(bindRows(c, table, 0, 1000)));

            assertThat(executions).isEqualTo(1L);
            assertThat(count(c, table)).isEqualTo(1000L);
        } finally {
            close(c);
        }
    }

    @Test
    void theBulkBatchPreparesOnlyTheStatementAsWritten() {
        String table = freshTable();
        Connection c = open();
        try {
            assertThat(preparesOfBatchThenSingle(c, table, bindRows(c, table, 0, 1000))).isEqualTo(1L);
        } finally {
            close(c);
        }
    }

    @Test
    void useBulkStmtsFalseKeepsTheMultiRowRewrite() {
        String table = freshTable();
        Connection c = open(Map.of("useBulkStmts", "false"));
        try {
            assertThat(preparesOfBatchThenSingle(c, table, bindRows(c, table, 0, 1000))).isEqualTo(2L);
        } finally {
            close(c);
        }
    }

    @Test
    void clientSideInterpolationSendsNoBulkCommand() {
        String table = freshTable();
        Connection c = Mono.from(database.connectionFactory(Protocol.TEXT.options()).create()).block(TIMEOUT);
        try {
            long executions = delta(c, "Com_stmt_execute", () -> rowsUpdated(bindRows(c, table, 0, 100)));

            assertThat(executions).isZero();
            assertThat(count(c, table)).isEqualTo(100L);
        } finally {
            close(c);
        }
    }

    @Test
    void everyBindingReportsOneInsertedRow() {
        String table = freshTable();
        Connection c = open();
        try {
            List<Long> counts = rowsUpdated(bindRows(c, table, 0, 2500));

            assertThat(counts).hasSize(2500).containsOnly(1L);
            assertThat(count(c, table)).isEqualTo(2500L);
        } finally {
            close(c);
        }
    }

    @Test
    void generatedKeysAreReportedPerBinding() {
        String table = freshTable();
        database.execute("INSERT INTO " + table + " (a) VALUES (-100), (-101)");
        Connection c = open();
        try {
            List<Long> keys = Flux.from(bindRows(c, table, 0, 50).returnGeneratedValues("id").execute())
                .concatMap(r -> r.map((row, md) -> row.get("id", Long.class))).collectList().block(TIMEOUT);
            List<Long> stored = Flux.from(c.createStatement("SELECT id FROM " + table + " WHERE a >= 0 ORDER BY a")
                    .execute())
                .concatMap(r -> r.map((row, md) -> row.get(0, Long.class))).collectList().block(TIMEOUT);

            assertThat(keys).hasSize(50).isEqualTo(stored);
        } finally {
            close(c);
        }
    }

    @Test
    void valuesOfEveryCommonTypeArriveExactly() {
        database.execute("CREATE TABLE bulk_types (k INT PRIMARY KEY, t TINYINT, s SMALLINT, i INT, l BIGINT, "
            + "u BIGINT UNSIGNED, d DECIMAL(30,10), f FLOAT, g DOUBLE, bo BOOLEAN, v VARCHAR(100), x TEXT, "
            + "bl BLOB, da DATE, ti TIME(6), dt DATETIME(6))");
        Object[][] rows = {
            {1, (byte) -128, (short) -32768, Integer.MIN_VALUE, Long.MIN_VALUE,
                new BigInteger("18446744073709551615"), new BigDecimal("-12345678901234567890.0123456789"), 1.5f,
                -0.1, true, "it's a \"quote\" and a \\ backslash", "emoji 😀 and ünïcode",
                new byte[]{0, 1, (byte) 0xFF, '\'', '\\'}, LocalDate.of(1000, 1, 1), LocalTime.of(0, 0),
                LocalDateTime.of(2026, 2, 28, 23, 59, 59, 999_999_000)},
            {2, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null},
            {3, (byte) 127, (short) 32767, Integer.MAX_VALUE, Long.MAX_VALUE,
                new BigInteger("9223372036854775808"), new BigDecimal("0.0000000001"), -2.25f, 1e300, false, "",
                "line\nbreak\ttab\u0000nul", new byte[0], LocalDate.of(9999, 12, 31),
                LocalTime.of(23, 59, 59, 123_456_000), LocalDateTime.of(1970, 1, 1, 0, 0, 1)},
        };
        Class<?>[] types = {Integer.class, Byte.class, Short.class, Integer.class, Long.class, BigInteger.class,
            BigDecimal.class, Float.class, Double.class, Boolean.class, String.class, String.class, byte[].class,
            LocalDate.class, LocalTime.class, LocalDateTime.class};
        Connection c = open();
        try {
            Statement statement = c.createStatement("INSERT INTO bulk_types VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?)");
            for (int r = 0; r < rows.length; r++) {
                for (int col = 0; col < types.length; col++) {
                    if (rows[r][col] == null) {
                        statement.bindNull(col, types[col]);
                    } else {
                        statement.bind(col, rows[r][col]);
                    }
                }
                if (r < rows.length - 1) {
                    statement.add();
                }
            }
            long executions = delta(c, "Com_stmt_execute", () -> assertThat(rowsUpdated(statement))
                .containsExactly(1L, 1L, 1L));
            List<Object[]> stored = Flux.from(c.createStatement("SELECT * FROM bulk_types ORDER BY k").execute())
                .concatMap(result -> result.map((row, md) -> {
                    Object[] values = new Object[types.length];
                    for (int col = 0; col < types.length; col++) {
                        values[col] = row.get(col, types[col]);
                    }
                    return values;
                })).collectList().block(TIMEOUT);

            assertThat(executions).isEqualTo(1L);
            assertThat(stored).hasSize(3);
            for (int r = 0; r < rows.length; r++) {
                assertThat(stored.get(r)).as("row %d", r).usingRecursiveComparison().isEqualTo(rows[r]);
            }
        } finally {
            close(c);
        }
    }

    @Test
    void bindingsOverOnePacketAreSplitIntoSeveralBulkCommands() {
        database.execute("CREATE TABLE bulk_big (a INT PRIMARY KEY, b MEDIUMBLOB)");
        Connection c = open();
        try {
            long[] executions = new long[1];
            long prepares = delta(c, "Com_stmt_prepare", () -> executions[0] = delta(c, "Com_stmt_execute",
                () -> assertThat(rowsUpdated(bigRows(c, "bulk_big", 34, -1))).hasSize(34).containsOnly(1L)));
            List<String> stored = Flux.from(c.createStatement("SELECT a, LENGTH(b), ORD(b), ORD(RIGHT(b, 1)) "
                    + "FROM bulk_big ORDER BY a").execute())
                .concatMap(r -> r.map((row, md) -> row.get(0, Integer.class) + ":" + row.get(1, Long.class) + ":"
                    + row.get(2, Integer.class) + ":" + row.get(3, Integer.class)))
                .collectList().block(TIMEOUT);

            assertThat(executions[0]).isEqualTo(3L);
            assertThat(prepares).isEqualTo(1L);
            assertThat(stored).hasSize(34).allSatisfy(line -> {
                int a = Integer.parseInt(line.substring(0, line.indexOf(':')));
                assertThat(line).isEqualTo(a + ":" + MIB + ":" + (a + 1) + ":" + (a + 1));
            });
        } finally {
            close(c);
        }
    }

    /** 1 MiB rows {@code (i, bytes of i + 1)}; the row at {@code duplicateAt} repeats the key of row 0. */
    private static Statement bigRows(Connection connection, String table, int count, int duplicateAt) {
        Statement statement = connection.createStatement("INSERT INTO " + table + " (a, b) VALUES (?, ?)");
        for (int i = 0; i < count; i++) {
            byte[] value = new byte[MIB];
            Arrays.fill(value, (byte) (i + 1));
            statement.bind(0, i == duplicateAt ? 0 : i).bind(1, ByteBuffer.wrap(value));
            if (i < count - 1) {
                statement.add();
            }
        }
        return statement;
    }

    @Test
    void aDuplicateKeyFailsTheCommandWithATypedErrorAndTheConnectionStaysUsable() {
        String table = freshTable();
        database.execute("INSERT INTO " + table + " (a) VALUES (5)");
        Connection c = open();
        try {
            StepVerifier.create(Flux.from(bindRows(c, table, 0, 10).execute()).concatMap(Result::getRowsUpdated))
                .expectError(R2dbcDataIntegrityViolationException.class)
                .verify(TIMEOUT);

            assertThat(count(c, table)).isEqualTo(1L);
            assertThat(rowsUpdated(bindRows(c, table, 100, 3))).containsExactly(1L, 1L, 1L);
        } finally {
            close(c);
        }
    }

    @Test
    void aFailingCommandReportsTheErrorAfterTheEarlierCommandsAndTheRestIsNotSent() {
        database.execute("CREATE TABLE bulk_fail (a INT PRIMARY KEY, b MEDIUMBLOB)");
        Connection c = open();
        try {
            List<String> outcomes = new java.util.ArrayList<>();
            long executions = delta(c, "Com_stmt_execute", () -> outcomes.addAll(Flux.from(bigRows(c, "bulk_fail",
                    34, 20).execute())
                .concatMap(r -> Mono.from(r.getRowsUpdated()).map(n -> "ok")
                    .onErrorResume(R2dbcDataIntegrityViolationException.class, e -> Mono.just("duplicate")))
                .collectList().block(TIMEOUT)));
            long stored = count(c, "bulk_fail");

            assertThat(executions).isEqualTo(2L);
            assertThat(outcomes).endsWith("duplicate").hasSize((int) stored + 1);
            assertThat(outcomes.subList(0, outcomes.size() - 1)).containsOnly("ok");
            assertThat(stored).isPositive().isLessThan(20L);
        } finally {
            close(c);
        }
    }

    @Test
    void aColumnWithValuesOfDifferentTypesFallsBackToTheRewrite() {
        String table = freshTable();
        Connection c = open();
        try {
            Statement batch = c.createStatement(insert(table))
                .bind(0, 1).bind(1, "int").bind(2, 1.0).add()
                .bind(0, "2").bind(1, "string").bind(2, 2.0).add()
                .bind(0, 3L).bind(1, "long").bind(2, 3.0);
            long prepares = preparesOfBatchThenSingle(c, table, batch);
            List<String> stored = Flux.from(c.createStatement("SELECT a, b FROM " + table + " WHERE a > 0 ORDER BY a")
                    .execute())
                .concatMap(r -> r.map((row, md) -> row.get(0, Integer.class) + "|" + row.get(1, String.class)))
                .collectList().block(TIMEOUT);

            assertThat(prepares).isEqualTo(2L);
            assertThat(stored).containsExactly("1|int", "2|string", "3|long");
        } finally {
            close(c);
        }
    }
}
