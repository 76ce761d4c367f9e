/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.transport.ExceptionFactory;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.ConnectException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exceptions of failed Data API requests ({@link DataApiErrors}). The service answers a failure with an HTTP
 * status and the message as a bare text body; SQL errors read {@code Error <code> (<state>): <message>} as the Go
 * MySQL driver writes them (singlestore-server.md §2.4), and map exactly as the same error over the MySQL protocol.
 * Other statuses: 401/403 authentication, 408/5xx transient (503: workspace suspended, 504: engine timeout), the
 * rest permanent; an HTML page is a proxy or a firewall, never SingleStore.
 */
final class DataApiErrorsTests {

    private static final String SQL = "SELECT * FROM db.t";
    private static final String TEXT = "text/plain; charset=utf-8";

    // ------------------------------------------------------------------------------------------- SQL errors

    @Test
    void sqlErrorWithStateMapsAsTheMysqlProtocolWould() {
        R2dbcException error = DataApiErrors.of(400, TEXT, "Error 1146 (42S02): Table 'db.t' doesn't exist", SQL);
        R2dbcException overMysql = ExceptionFactory.create(1146, "42S02", "Table 'db.t' doesn't exist", SQL);

        assertThat(error).isExactlyInstanceOf(R2dbcBadGrammarException.class)
            .isExactlyInstanceOf(overMysql.getClass());
        assertThat(error.getErrorCode()).isEqualTo(1146).isEqualTo(overMysql.getErrorCode());
        assertThat(error.getSqlState()).isEqualTo("42S02");
        assertThat(error.getMessage()).isEqualTo(overMysql.getMessage())
            .isEqualTo("[1146] [42S02] Table 'db.t' doesn't exist");
        assertThat(error.getSql()).isEqualTo(SQL);
    }

    @Test
    void sqlErrorWithoutStateIsMappedByItsCode() {
        R2dbcException error = DataApiErrors.of(401, TEXT, "Error 1045: Access denied for user 'bob'@'%'", SQL);

        assertThat(error).isInstanceOf(R2dbcPermissionDeniedException.class);
        assertThat(error.getErrorCode()).isEqualTo(1045);
        assertThat(error.getSqlState()).isNull();
        assertThat(error.getMessage()).isEqualTo("[1045] Access denied for user 'bob'@'%'");
    }

    @Test
    void sqlErrorMessageKeepsColonsAfterTheFirst() {
        R2dbcException error = DataApiErrors.of(400, TEXT, "Error 1064 (42000): You have an error in your SQL "
            + "syntax; check the manual near 'FROM: x' at line 1", SQL);

        assertThat(error).isInstanceOf(R2dbcBadGrammarException.class);
        assertThat(error.getMessage()).isEqualTo("[1064] [42000] You have an error in your SQL syntax; check the "
            + "manual near 'FROM: x' at line 1");
    }

    @Test
    void sqlErrorBodyWithTrailingNewlineIsTrimmed() {
        R2dbcException error = DataApiErrors.of(400, TEXT, "Error 1062 (23000): Duplicate entry '1' for key "
            + "'PRIMARY'\n", SQL);

        assertThat(error).isInstanceOf(R2dbcDataIntegrityViolationException.class);
        assertThat(error.getErrorCode()).isEqualTo(1062);
        assertThat(error.getMessage()).isEqualTo("[1062] [23000] Duplicate entry '1' for key 'PRIMARY'");
    }

    @Test
    void unknownDatabaseAt400IsBadGrammar() {
        R2dbcException error = DataApiErrors.of(400, TEXT, "Error 1049 (42000): Unknown database 'nope'", SQL);

        assertThat(error).isInstanceOf(R2dbcBadGrammarException.class);
        assertThat(error.getErrorCode()).isEqualTo(1049);
    }

    // --------------------------------------------------------------------------------------- HTTP statuses

    @ParameterizedTest(name = "[{index}] HTTP {0}")
    @ValueSource(ints = {401, 403})
    void authenticationFailuresInPlainTextArePermissionDenied(int status) {
        R2dbcException error = DataApiErrors.of(status, TEXT, "Unauthorized", SQL);

        assertThat(error).isExactlyInstanceOf(R2dbcPermissionDeniedException.class);
        assertThat(error.getSqlState()).isEqualTo("28000");
        assertThat(error.getErrorCode()).isZero();
        assertThat(error.getMessage()).isEqualTo("Data API answered HTTP " + status + ": Unauthorized");
        assertThat(error.getSql()).isEqualTo(SQL);
    }

    @ParameterizedTest(name = "[{index}] HTTP {0}")
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void timeoutsOverloadAndServerFailuresAreTransient(int status) {
        R2dbcException error = DataApiErrors.of(status, TEXT, "workspace is suspended", SQL);

        assertThat(error).isExactlyInstanceOf(R2dbcTransientResourceException.class);
        assertThat(error.getSqlState()).isEqualTo("08001");
        assertThat(error.getMessage()).isEqualTo("Data API answered HTTP " + status + ": workspace is suspended");
    }

    @ParameterizedTest(name = "[{index}] HTTP {0}")
    @ValueSource(ints = {404, 405, 415})
    void otherClientErrorsAreNonTransientAndNameTheStatus(int status) {
        R2dbcException error = DataApiErrors.of(status, TEXT, "404 page not found", SQL);

        assertThat(error).isExactlyInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(error.getSqlState()).isEqualTo("HY000");
        assertThat(error.getMessage()).startsWith("Data API answered HTTP " + status + ": ")
            .endsWith("404 page not found");
    }

    @Test
    void emptyBodyGivesTheStatusAlone() {
        R2dbcException error = DataApiErrors.of(502, null, "", SQL);

        assertThat(error).isInstanceOf(R2dbcTransientResourceException.class);
        assertThat(error.getMessage()).isEqualTo("Data API answered HTTP 502");
    }

    @Test
    void longBodyIsCutInTheMessage() {
        String body = "x".repeat(10_000);

        R2dbcException error = DataApiErrors.of(500, TEXT, body, SQL);

        assertThat(error.getMessage()).contains("x".repeat(500)).doesNotContain("x".repeat(501)).endsWith("…");
        assertThat(error.getMessage().length()).isLessThan(600);
    }

    @Test
    void statementTravelsInGetSqlNeverInTheMessage() {
        String sql = "CREATE USER bob IDENTIFIED BY 'Sup3r-S3cret'";

        R2dbcException error = DataApiErrors.of(400, TEXT, "Error 1227 (42000): Access denied; you need the "
            + "CREATE USER privilege", sql);

        assertThat(error).isInstanceOf(R2dbcPermissionDeniedException.class);
        assertThat(error.getSql()).isEqualTo(sql);
        assertThat(error.getMessage()).doesNotContain("Sup3r-S3cret");
    }

    // ------------------------------------------------------------------------------- not the Data API at all

    @Test
    void htmlPageIsBlamedOnAProxyOrFirewallWithoutQuotingIt() {
        String page = "<!DOCTYPE html><html><head><title>Request blocked by Acme WAF</title></head>"
            + "<body>Blocked</body></html>";

        R2dbcException error = DataApiErrors.of(403, "text/html; charset=UTF-8", page, SQL);

        assertThat(error).isExactlyInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(error.getSqlState()).isEqualTo("08S01");
        assertThat(error.getMessage()).contains("HTTP 403").contains("proxy").contains("firewall")
            .doesNotContain("<html").doesNotContain("Acme WAF");
    }

    @Test
    void htmlBodyWithoutAContentTypeIsStillRecognised() {
        R2dbcException error = DataApiErrors.of(200, null, "  <html><body>Please sign in</body></html>", SQL);

        assertThat(error).isInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(error.getMessage()).contains("no content type").contains("firewall")
            .doesNotContain("sign in");
    }

    @Test
    void successStatusWithoutJsonIsACommunicationFailure() {
        R2dbcException error = DataApiErrors.of(200, "text/plain", "pong", SQL);

        assertThat(error).isExactlyInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(error.getSqlState()).isEqualTo("08S01");
        assertThat(error.getMessage()).isEqualTo("The Data API endpoint answered text/plain instead of JSON");
    }

    // ------------------------------------------------------------------------- failures raised by the client

    @Test
    void requestOverTheServersOneMegabyteLimitIsRefusedBeforeSending() {
        R2dbcException error = DataApiErrors.requestTooLarge(2_000_000, DataApiClient.MAX_REQUEST_BYTES, SQL);

        assertThat(DataApiClient.MAX_REQUEST_BYTES).isEqualTo(1024 * 1024);
        assertThat(error).isExactlyInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(error.getMessage()).contains("1048576").contains("2000000");
        assertThat(error.getSql()).isEqualTo(SQL);
    }

    @Test
    void statementTimeoutIsATimeoutException() {
        R2dbcException error = DataApiErrors.timeout(Duration.ofSeconds(5), SQL);

        assertThat(error).isExactlyInstanceOf(R2dbcTimeoutException.class);
        assertThat(error.getSqlState()).isEqualTo("HYT00");
        assertThat(error.getSql()).isEqualTo(SQL);
        assertThat(error.getMessage()).contains("PT5S");
    }

    @Test
    void transportFailureIsTransientAndKeepsItsCause() {
        ConnectException refused = new ConnectException("Connection refused");

        R2dbcException error = DataApiErrors.transportFailure("https://db.example.com:443", refused);

        assertThat(error).isExactlyInstanceOf(R2dbcTransientResourceException.class);
        assertThat(error.getSqlState()).isEqualTo("08006");
        assertThat(error.getCause()).isSameAs(refused);
        assertThat(error.getMessage()).contains("https://db.example.com:443").contains("Connection refused");
    }

    @Test
    void aTlsFailureIsNotTransientBecauseRetryingCannotFixIt() {
        Exception handshake = new IllegalStateException(new javax.net.ssl.SSLHandshakeException("PKIX path building "
            + "failed"));

        R2dbcException error = DataApiErrors.transportFailure("https://db.example.com:443", handshake);

        assertThat(error).isExactlyInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(error.getMessage()).contains("TLS").contains("PKIX path building failed").contains("sslCa");
    }

    @Test
    void anErrorNumberTooLargeForAnIntIsReadAsPlainText() {
        R2dbcException error = DataApiErrors.of(500, "text/plain", "Error 99999999999: x", SQL);

        assertThat(error).isExactlyInstanceOf(R2dbcTransientResourceException.class);
        assertThat(error.getMessage()).contains("500").contains("Error 99999999999: x");
    }
}
