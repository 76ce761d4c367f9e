/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.transport;

import dev.s2r.driver.api.SingleStoreServerException;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

final class ExceptionFactoryTests {

    @Test
    void carriesCodeSqlStateAndSql() {
        R2dbcException e = ExceptionFactory.create(1064, "42000", "You have an error in your SQL syntax", "SELEC 1");

        assertThat(e.getErrorCode()).isEqualTo(1064);
        assertThat(e.getSqlState()).isEqualTo("42000");
        assertThat(e.getSql()).isEqualTo("SELEC 1");
        assertThat(e).isInstanceOf(R2dbcBadGrammarException.class);
        assertThat(((R2dbcBadGrammarException) e).getOffendingSql()).isEqualTo("SELEC 1");
    }

    @Test
    void messageHasCodeStateAndServerText() {
        R2dbcException e = ExceptionFactory.create(1146, "42S02", "Table 'db.t' doesn't exist", null);

        assertThat(e.getMessage()).isEqualTo("[1146] [42S02] Table 'db.t' doesn't exist");
    }

    @Test
    void messageOmitsMissingSqlStateAndNamesMissingText() {
        assertThat(ExceptionFactory.create(1234, null, "boom", null).getMessage()).isEqualTo("[1234] boom");
        assertThat(ExceptionFactory.create(1234, "", null, null).getMessage()).isEqualTo("[1234] Unknown error");
    }

    @Test
    void messageNeverContainsTheSql() {
        String sql = "CREATE USER u IDENTIFIED BY 'secret-password'";

        R2dbcException e = ExceptionFactory.create(1064, "42000", "syntax error", sql);

        assertThat(e.getMessage()).doesNotContain("secret-password");
        assertThat(e.toString()).doesNotContain("secret-password");
        assertThat(e.getSql()).isEqualTo(sql);
    }

    @Test
    void sqlMayBeNull() {
        R2dbcException e = ExceptionFactory.create(1062, "23000", "Duplicate entry", null);

        assertThat(e.getSql()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"1064, 42000", "1146, 42S02", "1054, 42S22", "1149, 42000", "1049, 42000", "1046, 3D000",
        "1050, 42S01", "1007, HY000"})
    void mapsGrammarErrorsToBadGrammar(int code, String state) {
        assertThat(ExceptionFactory.create(code, state, "x", "sql")).isInstanceOf(R2dbcBadGrammarException.class);
    }

    @ParameterizedTest
    @CsvSource({"1062, 23000", "1048, 23000", "1452, 23000", "1451, 23000", "1216, 23000", "1217, 23000",
        "1364, HY000", "4025, 23000", "3819, HY000", "1406, 22001", "1264, 22003", "1292, 22007", "1366, HY000"})
    void mapsConstraintAndDataErrorsToDataIntegrity(int code, String state) {
        assertThat(ExceptionFactory.create(code, state, "x", "sql"))
            .isInstanceOf(R2dbcDataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @CsvSource({"1044, 42000", "1045, 28000", "1142, 42000", "1143, 42000", "1227, 42000", "1698, 28000",
        "2628, HY000", "1130, HY000"})
    void mapsAccessErrorsToPermissionDenied(int code, String state) {
        assertThat(ExceptionFactory.create(code, state, "x", "sql"))
            .isInstanceOf(R2dbcPermissionDeniedException.class);
    }

    @Test
    void mapsDeadlockToRollback() {
        assertThat(ExceptionFactory.create(1213, "40001", "Deadlock found", "sql"))
            .isInstanceOf(R2dbcRollbackException.class);
    }

    @ParameterizedTest
    @CsvSource({"1205, HY000", "1317, 70100", "1969, 70100", "3024, HY000"})
    void mapsTimeoutsToTimeout(int code, String state) {
        assertThat(ExceptionFactory.create(code, state, "x", "sql")).isInstanceOf(R2dbcTimeoutException.class);
    }

    @ParameterizedTest
    @CsvSource({"1040, 08004", "1203, 42000", "1041, HY000", "1712, HY000", "1720, HY000"})
    void mapsExhaustedResourcesToTransientResource(int code, String state) {
        assertThat(ExceptionFactory.create(code, state, "x", "sql"))
            .isInstanceOf(R2dbcTransientResourceException.class);
    }

    @ParameterizedTest
    @CsvSource({"1053, 08S01", "1152, 08S01", "1153, 08S01", "1158, 08S01", "1161, 08S01", "1129, HY000"})
    void mapsConnectionFailuresToNonTransientResource(int code, String state) {
        assertThat(ExceptionFactory.create(code, state, "x", "sql"))
            .isInstanceOf(R2dbcNonTransientResourceException.class);
    }

    /**
     * One row per SQLSTATE class that MySQL, MariaDB or SingleStore report, for an error code the table does not
     * know: the classes follow Spring's SQLSTATE translation, so Spring's R2DBC translation (by exception type)
     * reaches the same {@code DataAccessException}.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "01000, DATA_INTEGRITY",         // warning raised as an error, such as data truncated
        "02000, DATA_INTEGRITY",         // no data
        "07001, BAD_GRAMMAR",            // dynamic SQL error
        "08001, NON_TRANSIENT_RESOURCE", // connection exception
        "0A000, OTHER",                  // feature not supported: Spring has no category for it
        "20000, OTHER",                  // case not found for CASE statement
        "21S01, BAD_GRAMMAR",            // column count does not match value count
        "22012, DATA_INTEGRITY",         // data exception: division by zero
        "23999, DATA_INTEGRITY",         // integrity constraint violation
        "24000, OTHER",                  // invalid cursor state
        "25006, PERMISSION_DENIED",      // a write in a READ ONLY transaction
        "27000, DATA_INTEGRITY",         // triggered data change violation
        "28000, PERMISSION_DENIED",      // invalid authorization specification
        "2A000, BAD_GRAMMAR",            // syntax error in direct SQL
        "2F003, OTHER",                  // SQL routine exception
        "37000, BAD_GRAMMAR",            // syntax error in dynamic SQL
        "3D000, BAD_GRAMMAR",            // no database selected
        "40002, ROLLBACK",               // transaction rollback
        "42S99, BAD_GRAMMAR",            // syntax error or access rule violation
        "44000, DATA_INTEGRITY",         // WITH CHECK OPTION violation
        "70100, TIMEOUT",                // query interrupted
        "HY000, OTHER",                  // general error
        "HY008, TIMEOUT",                // operation cancelled
        "HYT00, TIMEOUT",                // timeout expired
        "XAE07, OTHER",                  // XA transaction error
        "X, OTHER"})
    void unknownCodesAreMappedBySqlStateClass(String state, ExceptionFactory.Category expected) {
        assertThat(ExceptionFactory.categorize(9999, state)).isEqualTo(expected);
    }

    @Test
    void aColumnCountMismatchIsBadGrammar() {
        R2dbcException e = ExceptionFactory.create(1136, "21S01", "Column count doesn't match value count at row 1",
            "INSERT INTO t (a, b) VALUES (1)");

        assertThat(e).isInstanceOf(R2dbcBadGrammarException.class);
    }

    @Test
    void aWriteInAReadOnlyTransactionIsPermissionDenied() {
        R2dbcException e = ExceptionFactory.create(1792, "25006",
            "Cannot execute statement in a READ ONLY transaction.", "INSERT INTO t VALUES (1)");

        assertThat(e).isInstanceOf(R2dbcPermissionDeniedException.class);
    }

    @Test
    void errorCodeTakesPrecedenceOverSqlState() {
        // 1142 is reported with SQLSTATE 42000 but is an access error.
        assertThat(ExceptionFactory.create(1142, "42000", "SELECT command denied", null))
            .isInstanceOf(R2dbcPermissionDeniedException.class);
    }

    @Test
    void unmappedErrorsBecomeServerExceptions() {
        R2dbcException e = ExceptionFactory.create(1235, "42000", "not supported yet", "sql");
        R2dbcException hy = ExceptionFactory.create(9999, "HY000", "something", "sql");
        R2dbcException none = ExceptionFactory.create(9999, null, "something", null);

        assertThat(e).isInstanceOf(SingleStoreServerException.class).isInstanceOf(R2dbcNonTransientException.class);
        assertThat(hy).isInstanceOf(SingleStoreServerException.class);
        assertThat(hy.getErrorCode()).isEqualTo(9999);
        assertThat(hy.getSqlState()).isEqualTo("HY000");
        assertThat(hy.getSql()).isEqualTo("sql");
        assertThat(none).isInstanceOf(SingleStoreServerException.class);
    }

    @Test
    void connectionClosedCarriesStateAndCause() {
        IOException cause = new IOException("reset by peer");

        R2dbcNonTransientResourceException e = ExceptionFactory.connectionClosed("Connection lost", cause);

        assertThat(e.getMessage()).isEqualTo("Connection lost");
        assertThat(e.getSqlState()).isEqualTo("08006");
        assertThat(e.getErrorCode()).isZero();
        assertThat(e.getCause()).isSameAs(cause);
    }

    @Test
    void connectionClosedHasDefaultReason() {
        assertThat(ExceptionFactory.connectionClosed(null, null).getMessage()).isEqualTo("Connection closed");
    }

    @Test
    void protocolErrorIsCommunicationLinkFailure() {
        R2dbcNonTransientResourceException e = ExceptionFactory.protocolError("Unexpected packet 0x42");

        assertThat(e.getMessage()).isEqualTo("Unexpected packet 0x42");
        assertThat(e.getSqlState()).isEqualTo("08S01");
        assertThat(e.getSql()).isNull();
    }

    @Test
    void aMalformedDataApiAnswerIsCommunicationLinkFailure() {
        IllegalArgumentException cause = new IllegalArgumentException("parser");
        R2dbcNonTransientResourceException e = ExceptionFactory.malformedDataApiAnswer("row 1 is a number", cause);

        assertThat(e.getMessage()).isEqualTo("The Data API answer was malformed: row 1 is a number");
        assertThat(e.getSqlState()).isEqualTo("08S01");
        assertThat(e.getErrorCode()).isZero();
        assertThat(e.getCause()).isSameAs(cause);
    }

    @Test
    void timeoutCarriesSql() {
        R2dbcTimeoutException e = ExceptionFactory.timeout("Statement timed out after PT1S", "SELECT SLEEP(5)");

        assertThat(e.getMessage()).isEqualTo("Statement timed out after PT1S");
        assertThat(e.getSqlState()).isEqualTo("HYT00");
        assertThat(e.getSql()).isEqualTo("SELECT SLEEP(5)");
    }
}
