/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request the Data API answers with an error status before any result: the status, the bare text body and extra
 * headers (singlestore-server.md §2.4: "Failures return an HTTP status and the message as a bare text body").
 */
final class DataApiFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The driver's reason prefix, {@code [code] [sqlstate] }, in front of the server's own message. */
    private static final Pattern DRIVER_PREFIX = Pattern.compile("^\\[(\\d+)] (?:\\[([0-9A-Z]{5})] )?");

    private final int status;
    private final transient Map<String, String> headers;

    private DataApiFailure(int status, String body, Map<String, String> headers) {
        super(body, null, false, false);
        this.status = status;
        this.headers = headers;
    }

    /** @return the HTTP status */
    int status() {
        return this.status;
    }

    /** @return the text body */
    String body() {
        return getMessage();
    }

    /** @return headers to add to the answer */
    Map<String, String> headers() {
        return this.headers;
    }

    static DataApiFailure of(int status, String body) {
        return new DataApiFailure(status, body, Map.of());
    }

    /** singlestore-server.md §2.4: 400 for a body that is not JSON or does not match the input schema. */
    static DataApiFailure badRequest(String body) {
        return of(400, body);
    }

    /**
     * singlestore-server.md §2.3: "Unauthenticated requests get 401 with a WWW-Authenticate header".
     * [unverified] the challenge's realm and the body texts.
     */
    static DataApiFailure unauthorized(String body) {
        return new DataApiFailure(401, body, Map.of("WWW-Authenticate", "Basic realm=\"SingleStore Data API\""));
    }

    /**
     * An error the engine answered: the status its class calls for (singlestore-server.md §2.4) and the text
     * {@code Error <code> (<sqlstate>): <message>} that clients parse with {@code ^Error\s+(\d+).*?:}
     * (python-sdk-driver.md §5.3). [unverified] the exact text: go-sql-driver's {@code MySQLError.Error()} form.
     *
     * @param code     the engine's error code
     * @param sqlState the SQLSTATE, or {@code null}
     * @param message  the engine's message
     * @param login    whether the error came from logging in with the request's credentials
     * @return the failure
     */
    static DataApiFailure engine(int code, String sqlState, String message, boolean login) {
        String body = engineText(code, sqlState, message);
        if (login && (code == 1045 || code == 1698)) {
            // singlestore-server.md §2.4: 401 for bad credentials
            return unauthorized(body);
        }
        return of(statusOf(code, sqlState), body);
    }

    /** @return the text of an engine error, {@code Error <code> (<sqlstate>): <message>} */
    static String engineText(int code, String sqlState, String message) {
        return sqlState == null || sqlState.isEmpty() ? "Error " + code + ": " + message
            : "Error " + code + " (" + sqlState + "): " + message;
    }

    /**
     * singlestore-server.md §2.4: 400 for malformed SQL and an unknown context database, 403 for an authorization
     * error from the engine, 500 for anything else. [unverified] which engine errors count as "malformed": here, those
     * the driver classes as bad grammar (syntax, unknown table, column or database, empty query ...); other engine
     * errors (duplicate key, lock wait timeout ...) get 500.
     */
    private static int statusOf(int code, String sqlState) {
        R2dbcException classified = dev.s2r.driver.internal.transport.ExceptionFactory.create(code, sqlState, "", null);
        if (classified instanceof R2dbcPermissionDeniedException) {
            return 403;
        }
        if (classified instanceof R2dbcBadGrammarException) {
            return 400;
        }
        return 500;
    }

    /**
     * Turns what failed before any answer was sent into the failure to answer with.
     *
     * @param error the error
     * @param login whether it happened while logging in
     * @return the failure
     */
    static DataApiFailure from(Throwable error, boolean login) {
        if (error instanceof DataApiFailure) {
            return (DataApiFailure) error;
        }
        if (error instanceof SqlRunner.LoginError) {
            return from(error.getCause(), true);
        }
        if (error instanceof EngineError) {
            EngineError engine = (EngineError) error;
            return engine(engine.code(), engine.sqlState(), engine.getMessage(), login);
        }
        if (error instanceof R2dbcException && ((R2dbcException) error).getErrorCode() > 0) {
            R2dbcException r2dbc = (R2dbcException) error;
            return engine(r2dbc.getErrorCode(), r2dbc.getSqlState(), serverMessage(r2dbc), login);
        }
        if (error instanceof IllegalArgumentException || error instanceof IllegalStateException) {
            // the driver refused the SQL before sending it (bind markers without args): a malformed statement
            return badRequest(String.valueOf(error.getMessage()));
        }
        // singlestore-server.md §2.4: 500 (generic)
        return of(500, "Internal Server Error: " + error);
    }

    /** @return the server's message of a driver exception, without the driver's {@code [code] [state] } prefix */
    static String serverMessage(R2dbcException error) {
        String message = String.valueOf(error.getMessage());
        Matcher prefix = DRIVER_PREFIX.matcher(message);
        return prefix.find() ? message.substring(prefix.end()) : message;
    }
}
