/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.transport.ExceptionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The R2DBC exceptions of the Data API's failures. A failed request answers an HTTP status and the message as a bare
 * text body, {@code Error <code> ...: <message>} for SQL errors (singlestore-server.md §2.4), mapped through the same
 * error-code table as the MySQL protocol ({@link ExceptionFactory}). Never a password or token in a message: the
 * body of an answer is the server's, the request's credentials are never quoted.
 */
final class DataApiErrors {

    /** The server's SQL error text, as clients parse it (python-sdk-driver.md §5.3). */
    private static final Pattern SQL_ERROR = Pattern.compile(
        "^Error\\s+(\\d{1,9})(?!\\d)\\s*(?:\\((\\w{5})\\))?[^:]*:\\s*(.*)$", Pattern.DOTALL);
    private static final int MAX_QUOTED = 500;

    private DataApiErrors() {
    }

    /**
     * @param status the HTTP status
     * @param type   the content type, or {@code null}
     * @param body   the body as text
     * @param sql    the statement
     * @return the exception for a non-200 answer, or a 200 answer that is not JSON
     */
    static R2dbcException of(int status, String type, String body, String sql) {
        String text = body.trim();
        if (looksLikeHtml(type, text)) {
            return new R2dbcNonTransientResourceException("The Data API endpoint did not answer as one: HTTP " + status
                + " with " + (type == null ? "no content type" : type) + " (a proxy, a firewall or a load balancer "
                + "answering instead of SingleStore?)", "08S01", 0, sql);
        }
        Matcher sqlError = SQL_ERROR.matcher(text);
        if (sqlError.matches()) {
            return ExceptionFactory.create(Integer.parseInt(sqlError.group(1)), sqlError.group(2),
                sqlError.group(3).trim(), sql);
        }
        if (status == 200) {
            return new R2dbcNonTransientResourceException("The Data API endpoint answered " + (type == null
                ? "no content type" : type) + " instead of JSON", "08S01", 0, sql);
        }
        String message = "Data API answered HTTP " + status + (text.isEmpty() ? "" : ": " + quoted(text));
        if (status == 401 || status == 403) {
            return new R2dbcPermissionDeniedException(message, "28000", 0, sql);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new R2dbcTransientResourceException(message, "08001", 0, sql);
        }
        return new R2dbcNonTransientResourceException(message, "HY000", 0, sql);
    }

    private static boolean looksLikeHtml(String type, String text) {
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")
            || text.regionMatches(true, 0, "<!doctype html", 0, 14) || text.regionMatches(true, 0, "<html", 0, 5);
    }

    private static String quoted(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }

    /**
     * @param problem what is wrong with the credentials, never quoting them
     * @return the error of credentials that cannot be sent
     */
    static R2dbcPermissionDeniedException credentials(String problem) {
        return new R2dbcPermissionDeniedException(problem, "28000", 0, (String) null);
    }

    /**
     * @param sql the statement
     * @return the error of an answer that ended without anything in it
     */
    static R2dbcException noAnswer(String sql) {
        return new R2dbcNonTransientResourceException("The Data API ended its answer without a result", "08S01", 0,
            sql);
    }

    /**
     * @param timeout the socket timeout
     * @param sql     the statement
     * @return the error of a server that stayed silent while the driver waited for its answer
     */
    static R2dbcException silent(Duration timeout, String sql) {
        return new R2dbcTimeoutException("The Data API sent nothing for " + timeout + " (socketTimeout) while the "
            + "driver waited for its answer", "HYT00", 0, sql);
    }

    /**
     * @param size  the request's size
     * @param limit the server's limit
     * @param sql   the statement
     * @return the error of a request the server would refuse, raised before sending it
     */
    static R2dbcException requestTooLarge(int size, int limit, String sql) {
        return new R2dbcNonTransientResourceException("The Data API refuses request bodies over " + limit
            + " bytes; this statement and its bound values take " + size, "HY000", 0, sql);
    }

    /**
     * @param timeout the statement timeout
     * @param sql     the statement
     * @return the error of a statement the server did not start answering in time
     */
    static R2dbcException timeout(Duration timeout, String sql) {
        return new R2dbcTimeoutException("Statement did not answer within " + timeout, "HYT00", 0, sql);
    }

    /**
     * @param origin the server's address
     * @param cause  the failure of the HTTP exchange (refused, reset, closed mid-answer)
     * @return a transient resource error (the request may succeed again), or a non-transient one when TLS failed
     */
    static R2dbcException transportFailure(String origin, Throwable cause) {
        for (Throwable failure = cause; failure != null; failure = failure.getCause()) {
            if (failure instanceof javax.net.ssl.SSLException) {
                return new R2dbcNonTransientResourceException("TLS with the Data API at " + origin + " failed: "
                    + failure.getMessage() + " (is sslCa the CA that signed the server's certificate?)", "08001", 0,
                    cause);
            }
        }
        return new R2dbcTransientResourceException("Data API request to " + origin + " failed: " + cause, "08006", 0,
            cause);
    }
}
