/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.http.DataApiClient.Route;
import dev.s2r.driver.internal.sql.ParsedSql;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Data API does with a statement ({@link DataApiStatements}): statements returning rows go to
 * {@code POST /api/v2/query/tuples} and all others to {@code /api/v2/exec} (singlestore-server.md §2.1); the
 * server pools its sessions and runs one statement per request (§2.2, §2.6), so statements that need a session are
 * refused with SQLSTATE {@code 0A000}, and {@code USE db} is kept on the client as the request's {@code database}.
 */
final class DataApiStatementsTests {

    private static Route route(String sql) {
        return DataApiStatements.route(ParsedSql.parse(sql));
    }

    private static String usedDatabase(String sql) {
        return DataApiStatements.usedDatabase(ParsedSql.parse(sql));
    }

    private static R2dbcException refusal(String sql) {
        return DataApiStatements.refusal(ParsedSql.parse(sql));
    }

    // ------------------------------------------------------------------------------------------------ routing

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "SELECT 1",
        "SHOW TABLES",
        "CALL report(1)",
        "ECHO report(1)",
        "DESCRIBE t",
        "DESC t",
        "EXPLAIN SELECT * FROM t",
        "WITH c AS (SELECT 1 AS a) SELECT a FROM c",
        "VALUES ROW(1, 2)",
        "TABLE t",
    })
    void statementsReturningRowsGoToQueryTuples(String sql) {
        assertThat(route(sql)).isEqualTo(Route.QUERY);
    }

    @Test
    void parenthesisedSelectGoesToQueryTuples() {
        assertThat(route("(SELECT a FROM t) UNION (SELECT b FROM u)")).isEqualTo(Route.QUERY);
    }

    @Test
    void nestedParenthesesBeforeSelectGoToQueryTuples() {
        assertThat(route("((SELECT 1))")).isEqualTo(Route.QUERY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "   \n\t SELECT 1",
        "/* report */ SELECT 1",
        "-- report\nSELECT 1",
        "# report\nSELECT 1",
        "/* a */ -- b\n ( SELECT 1 )",
    })
    void leadingWhitespaceAndCommentsAreSkippedBeforeTheKeyword(String sql) {
        assertThat(route(sql)).isEqualTo(Route.QUERY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"select 1", "Show Databases", "describe t", "with c as (select 1) select * from c"})
    void lowerAndMixedCaseKeywordsAreRecognised(String sql) {
        assertThat(route(sql)).isEqualTo(Route.QUERY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "INSERT INTO t VALUES (1)",
        "UPDATE t SET a = 1",
        "DELETE FROM t WHERE a = 1",
        "CREATE TABLE t (a INT)",
        "DROP TABLE t",
        "REPLACE INTO t VALUES (1)",
        "TRUNCATE TABLE t",
    })
    void statementsWithoutRowsGoToExec(String sql) {
        assertThat(route(sql)).isEqualTo(Route.EXEC);
    }

    @Test
    void selectInsideAnInsertOrACommentDoesNotMakeItAQuery() {
        assertThat(route("/* SELECT */ INSERT INTO t SELECT * FROM u")).isEqualTo(Route.EXEC);
    }

    @Test
    void routesArePostedToTheDataApiEndpointPaths() {
        assertThat(Route.QUERY.path()).isEqualTo("query/tuples");
        assertThat(Route.EXEC.path()).isEqualTo("exec");
    }

    // ------------------------------------------------------------------------------------------------ USE db

    @Test
    void useNamesTheDatabase() {
        assertThat(usedDatabase("USE analytics")).isEqualTo("analytics");
    }

    @Test
    void useWithBacktickQuotedNameIsUnquotedAndDoubledBackticksUndone() {
        assertThat(usedDatabase("use `my``db`")).isEqualTo("my`db");
    }

    @Test
    void useWithQuotedNameKeepsSpaces() {
        assertThat(usedDatabase("USE `sales 2024`")).isEqualTo("sales 2024");
    }

    @Test
    void useAfterLeadingCommentsNamesTheDatabase() {
        assertThat(usedDatabase("/* app */ -- why\n USE analytics")).isEqualTo("analytics");
    }

    @Test
    void useWithTrailingSemicolonAndWhitespaceNamesTheDatabase() {
        assertThat(usedDatabase("  USE   analytics ;  ")).isEqualTo("analytics");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"SELECT 1", "SELECT * FROM use_log", "INSERT INTO t VALUES ('USE db')", "SHOW DATABASES"})
    void otherStatementsNameNoDatabase(String sql) {
        assertThat(usedDatabase(sql)).isNull();
    }

    @Test
    void useOfTheDatabaseIsNotRefused() {
        assertThat(refusal("USE analytics")).isNull();
    }

    @Test
    void useWithSomethingOtherThanADatabaseNameIsRefused() {
        R2dbcException refused = refusal("USE db1 db2");

        assertThat(usedDatabase("USE db1 db2")).isNull();
        assertThat(refused).isInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(refused.getSqlState()).isEqualTo("0A000");
        assertThat(refused.getMessage()).contains("USE").contains("only USE <database>");
    }

    // ------------------------------------------------------------------------------------------------ refusals

    @Test
    void severalStatementsInOneRequestAreRefused() {
        R2dbcException refused = refusal("SELECT 1; SELECT 2");

        assertThat(refused).isInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(refused.getSqlState()).isEqualTo("0A000");
        assertThat(refused.getErrorCode()).isZero();
        assertThat(refused.getMessage()).startsWith("Several statements in one request cannot run over the Data API")
            .contains("one statement per request");
    }

    @Test
    void refusalPointsToTheMysqlProtocol() {
        assertThat(refusal("BEGIN").getMessage()).endsWith("use the MySQL protocol (r2dbc:singlestore://) for it");
    }

    @Test
    void trailingSemicolonIsNotSeveralStatements() {
        assertThat(refusal("SELECT 1;")).isNull();
    }

    @Test
    void semicolonInsideAStringLiteralIsNotSeveralStatements() {
        assertThat(refusal("INSERT INTO t VALUES ('a;b')")).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "START TRANSACTION",
        "BEGIN",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT s1",
        "RELEASE SAVEPOINT s1",
        "LOCK TABLES t WRITE",
        "UNLOCK TABLES",
        "commit",
    })
    void transactionStatementsAreRefusedBecauseNoSessionIsKept(String sql) {
        R2dbcException refused = refusal(sql);

        assertThat(refused).isInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(refused.getSqlState()).isEqualTo("0A000");
        assertThat(refused.getMessage())
            .startsWith("A transaction statement (" + sql.split(" ")[0].toUpperCase(Locale.ROOT) + ")")
            .contains("keeps no session between requests");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"SET @@SESSION.sql_mode = 'ANSI_QUOTES'", "set names utf8mb4", "SET @x = 1",
        "/* tz */ SET time_zone = '+00:00'"})
    void setIsRefusedBecauseSessionStateIsNotKept(String sql) {
        R2dbcException refused = refusal(sql);

        assertThat(refused).isInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(refused.getSqlState()).isEqualTo("0A000");
        assertThat(refused.getMessage()).startsWith("SET cannot run over the Data API")
            .contains("changes session state");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"CREATE TEMPORARY TABLE tmp (a INT)", "create temporary table tmp (a INT)",
        "CREATE ROWSTORE TEMPORARY TABLE tmp (a INT)", "/* staging */ CREATE TEMPORARY TABLE tmp (a INT)"})
    void temporaryTablesAreRefusedBecauseTheyLiveInASession(String sql) {
        R2dbcException refused = refusal(sql);

        assertThat(refused).isInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(refused.getSqlState()).isEqualTo("0A000");
        assertThat(refused.getMessage()).startsWith("A temporary table cannot run over the Data API")
            .contains("lives in a session");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"LOAD DATA LOCAL INFILE '/tmp/t.csv' INTO TABLE t",
        "load data low_priority local infile '/tmp/t.csv' into table t"})
    void loadDataLocalInfileIsRefusedBecauseNoFileCanBeStreamed(String sql) {
        R2dbcException refused = refusal(sql);

        assertThat(refused).isInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(refused.getSqlState()).isEqualTo("0A000");
        assertThat(refused.getMessage()).startsWith("LOAD DATA LOCAL INFILE cannot run over the Data API")
            .contains("cannot stream a file");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "SELECT 'set' AS word",
        "SELECT `set`, settings, offset FROM t",
        "UPDATE t SET a = 1 WHERE b = 2",
        "INSERT INTO t SET a = 1",
        "LOAD DATA INFILE '/data/t.csv' INTO TABLE t",
        "CREATE TABLE t (a INT)",
        "SELECT * FROM transactions WHERE begin_at > NOW()",
        "SHOW VARIABLES LIKE 'autocommit'",
        "SELECT 'LOAD DATA LOCAL INFILE' AS text",
    })
    void ordinaryStatementsAreNotRefused(String sql) {
        assertThat(refusal(sql)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"START PIPELINE orders", "START PIPELINE IF NOT RUNNING orders", "START ALL PIPELINES",
        "START FAILED PIPELINES"})
    void startingAPipelineIsNotATransactionAndIsNotRefused(String sql) {
        // Pipelines are server objects; START PIPELINE needs no session (singlestore-server.md §7).
        assertThat(refusal(sql)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"SET GLOBAL max_connection_threads = 10", "set persist x = 1", "SET CLUSTER y = 2",
        "/* ops */ SET @@GLOBAL.z = 3"})
    void serverWideSetIsNotSessionStateAndIsNotRefused(String sql) {
        assertThat(refusal(sql)).isNull();
    }

    @Test
    void profileReturnsRowsAndGoesToQueryTuples() {
        assertThat(DataApiStatements.route(ParsedSql.parse("PROFILE SELECT 1"))).isEqualTo(DataApiClient.Route.QUERY);
    }
}
