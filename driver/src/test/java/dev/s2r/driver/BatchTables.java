/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the batch tests ({@link BatchInsertIntegrationTests}, {@link BulkInsertIntegrationTests}) share: a fresh table
 * {@code (id INT AUTO_INCREMENT PRIMARY KEY, a INT NOT NULL UNIQUE, b VARCHAR(40), c DOUBLE)} per test, bindings of
 * it, and the counts they check.
 */
final class BatchTables {

    static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final AtomicInteger TABLES = new AtomicInteger();

    private BatchTables() {
    }

    /**
     * @param database the test database
     * @param prefix   the start of the table's name
     * @return the name of a new, empty table
     */
    static String freshTable(TestDatabase database, String prefix) {
        String name = prefix + TABLES.incrementAndGet();
        database.execute("CREATE TABLE " + name + " (id INT AUTO_INCREMENT PRIMARY KEY, a INT NOT NULL UNIQUE, "
            + "b VARCHAR(40), c DOUBLE)");
        return name;
    }

    /** @return the single-row INSERT of the table, with three markers */
    static String insert(String table) {
        return "INSERT INTO " + table + " (a, b, c) VALUES (?, ?, ?)";
    }

    /**
     * @return the INSERT with {@code count} bindings, {@code a} from {@code from} on, {@code b} a string with a quote
     * and a backslash, {@code c} a quarter of {@code a}
     */
    static Statement bindRows(Connection connection, String table, int from, int count) {
        Statement statement = connection.createStatement(insert(table));
        for (int i = from; i < from + count; i++) {
            statement.bind(0, i).bind(1, "row '" + i + "' \\ ok").bind(2, i / 4.0);
            if (i < from + count - 1) {
                statement.add();
            }
        }
        return statement;
    }

    /** @return the update count of every result of the statement, in order */
    static List<Long> rowsUpdated(Statement statement) {
        return Flux.from(statement.execute()).concatMap(Result::getRowsUpdated).collectList().block(TIMEOUT);
    }

    /** @return the rows of the table */
    static long count(Connection connection, String table) {
        return Flux.from(connection.createStatement("SELECT COUNT(*) FROM " + table).execute())
            .concatMap(r -> r.map((row, md) -> row.get(0, Long.class))).blockLast(TIMEOUT);
    }

    /** @return the session's status counter, e.g. {@code Com_insert} */
    static long status(Connection connection, String counter) {
        return Flux.from(connection.createStatement("SHOW SESSION STATUS LIKE '" + counter + "'").execute())
            .concatMap(r -> r.map((row, md) -> Long.parseLong(row.get(1, String.class)))).blockLast(TIMEOUT);
    }
}
