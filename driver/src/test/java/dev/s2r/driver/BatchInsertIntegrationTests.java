/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.test.Protocol;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static dev.s2r.driver.BatchTables.TIMEOUT;
import static dev.s2r.driver.BatchTables.bindRows;
import static dev.s2r.driver.BatchTables.count;
import static dev.s2r.driver.BatchTables.rowsUpdated;
import static dev.s2r.driver.BatchTables.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of {@code Statement.add()} batches of a plain INSERT, which the driver sends as multi-row
 * INSERTs (with {@code useBulkStmts=false}, so that MariaDB's bulk command does not take them over; see
 * {@link BulkInsertIntegrationTests}).
 */
@SingleStoreTest
final class BatchInsertIntegrationTests {

    private static TestDatabase database;

    @BeforeAll
    static void keep(TestDatabase testDatabase) {
        database = testDatabase;
    }

    private static String freshTable() {
        return BatchTables.freshTable(database, "batch_");
    }

    private static ConnectionFactory factory(Protocol protocol) {
        return database.connectionFactory(protocol.options(Map.of("useBulkStmts", "false")));
    }

    private static Connection open(Protocol protocol) {
        return Mono.from(factory(protocol).create()).block(TIMEOUT);
    }

    private static void close(Connection connection) {
        Mono.from(connection.close()).block(TIMEOUT);
    }

    /** Runs a test's body on a new connection of the protocol, and closes the connection whatever happens. */
    private static void withConnection(Protocol protocol, Consumer<Connection> body) {
        Connection c = open(protocol);
        try {
            body.accept(c);
        } finally {
            close(c);
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void everyBindingReportsOneInsertedRow(Protocol protocol) {
        String table = freshTable();
        withConnection(protocol, c -> {
            List<Long> counts = rowsUpdated(bindRows(c, table, 0, 2500));

            assertThat(counts).hasSize(2500).containsOnly(1L);
            assertThat(count(c, table)).isEqualTo(2500L);
        });
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aThousandBindingsTravelAsOneInsertStatement(Protocol protocol) {
        String table = freshTable();
        withConnection(protocol, c -> {
            long before = status(c, "Com_insert");
            rowsUpdated(bindRows(c, table, 0, 1000));

            assertThat(status(c, "Com_insert") - before).isEqualTo(1L);
        });
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void valuesSurviveTheRewriteExactly(Protocol protocol) {
        String table = freshTable();
        withConnection(protocol, c -> {
            rowsUpdated(bindRows(c, table, 10, 3));
            List<String> values = Flux.from(c.createStatement("SELECT a, b, c FROM " + table + " ORDER BY a").execute())
                .concatMap(r -> r.map((row, md) -> row.get(0, Integer.class) + "|" + row.get(1, String.class) + "|"
                    + row.get(2, Double.class)))
                .collectList().block(TIMEOUT);

            assertThat(values).containsExactly("10|row '10' \\ ok|2.5", "11|row '11' \\ ok|2.75",
                "12|row '12' \\ ok|3.0");
        });
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void generatedKeysAreReportedPerBinding(Protocol protocol) {
        String table = freshTable();
        withConnection(protocol, c -> {
            List<Long> keys = Flux.from(bindRows(c, table, 0, 5).returnGeneratedValues("id").execute())
                .concatMap(r -> r.map((row, md) -> row.get("id", Long.class))).collectList().block(TIMEOUT);
            List<Long> stored = Flux.from(c.createStatement("SELECT id FROM " + table + " ORDER BY id").execute())
                .concatMap(r -> r.map((row, md) -> row.get(0, Long.class))).collectList().block(TIMEOUT);

            assertThat(keys).hasSize(5).isEqualTo(stored);
        });
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void moreThan65535PlaceholdersAreSplitIntoSeveralStatements(Protocol protocol) {
        String table = freshTable();
        withConnection(protocol, c -> {
            long before = status(c, "Com_insert");
            List<Long> counts = rowsUpdated(bindRows(c, table, 0, 30_000));

            assertThat(counts).hasSize(30_000);
            assertThat(status(c, "Com_insert") - before).isEqualTo(2L);
            assertThat(count(c, table)).isEqualTo(30_000L);
        });
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aFailingChunkReportsTheErrorAndStopsTheBatch(Protocol protocol) {
        String table = freshTable();
        database.execute("INSERT INTO " + table + " (a) VALUES (25000)");
        withConnection(protocol, c -> {
            List<String> outcomes = Flux.from(bindRows(c, table, 0, 30_000).execute())
                .concatMap(r -> Mono.from(r.getRowsUpdated()).map(n -> "ok").onErrorResume(e -> Mono.just("error")))
                .collectList().block(TIMEOUT);

            assertThat(outcomes.stream().filter("ok"::equals).count()).isEqualTo(21_845L);
            assertThat(outcomes.get(outcomes.size() - 1)).isEqualTo("error");
            assertThat(count(c, table)).isEqualTo(21_845L + 1);
        });
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void insertIgnoreIsNotRewrittenSoItsCountsStayExact(Protocol protocol) {
        String table = freshTable();
        database.execute("INSERT INTO " + table + " (a) VALUES (1)");
        withConnection(protocol, c -> {
            List<Long> counts = rowsUpdated(c.createStatement("INSERT IGNORE INTO " + table + " (a) VALUES (?)")
                .bind(0, 0).add().bind(0, 1).add().bind(0, 2));

            assertThat(counts).containsExactly(1L, 0L, 1L);
        });
    }

}
