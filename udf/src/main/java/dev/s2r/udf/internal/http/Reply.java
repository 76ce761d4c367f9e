/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import dev.s2r.udf.internal.batch.MalformedBatchException;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.Exceptions;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * An answer other than a function's result: a status, a {@code text/plain} body or none, and whether the connection
 * closes after it. The texts of 503 and 504 are the Python server's (python-sdk-audit.md "External functions").
 *
 * @param status the status
 * @param text the {@code text/plain} body, or {@code null} for an empty body without a content type
 * @param close whether the connection closes after the answer (its request body may be unread)
 */
record Reply(HttpResponseStatus status, String text, boolean close) implements CallResolver.Resolution, Outcome {

    /** The content type of every text body. */
    static final String TEXT_PLAIN = "text/plain; charset=utf-8";

    static Reply empty(HttpResponseStatus status) {
        return new Reply(status, null, false);
    }

    static Reply text(HttpResponseStatus status, String text) {
        return new Reply(status, text, false);
    }

    static Reply ok(String text) {
        return text(HttpResponseStatus.OK, text);
    }

    /** @return 404 with an empty body: an unknown path or function */
    static Reply notFound() {
        return empty(HttpResponseStatus.NOT_FOUND);
    }

    /** @return 401 for a missing or wrong bearer token */
    static Reply unauthorized() {
        return text(HttpResponseStatus.UNAUTHORIZED, "Unauthorized");
    }

    /**
     * The connection closes right after the answer, since the rest of the body is not read (as Netty's own
     * aggregator does). A client still sending then may meet the connection's reset before it reads the 413;
     * lingering would need the answer without {@code Connection: close}, which would invite the client to reuse a
     * connection about to close.
     *
     * @param limit the cap in bytes
     * @return 413
     */
    static Reply tooLarge(long limit) {
        return new Reply(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
            "request body larger than max_body_size (" + limit + " bytes)", true);
    }

    /**
     * @param timeout the call's timeout
     * @return 504 {@code TimeoutError: Function call timed out after N seconds}
     */
    static Reply timedOut(Duration timeout) {
        return text(HttpResponseStatus.GATEWAY_TIMEOUT,
            "TimeoutError: Function call timed out after " + seconds(timeout) + " seconds");
    }

    /** @return 503 {@code CancelledError: Function call was cancelled} */
    static Reply cancelled() {
        return text(HttpResponseStatus.SERVICE_UNAVAILABLE, "CancelledError: Function call was cancelled");
    }

    /** @return 503 for a call arriving while the server shuts down */
    static Reply shuttingDown() {
        return new Reply(HttpResponseStatus.SERVICE_UNAVAILABLE, "server is shutting down", true);
    }

    /**
     * @param error what failed while the body was read or decoded
     * @return 413 for a body over the cap, 400 for a malformed body, 500 otherwise
     */
    static Reply ofRequestError(Throwable error, long limit) {
        Throwable cause = Exceptions.unwrap(error);
        if (cause instanceof BodyTooLargeException) {
            return tooLarge(limit);
        }
        if (cause instanceof MalformedBatchException) {
            return text(HttpResponseStatus.BAD_REQUEST, String.valueOf(cause.getMessage()));
        }
        return failed(cause);
    }

    /**
     * @param error what a function (or the server around it) threw
     * @return 500 {@code <ExceptionClass>: <message>}, without a stack trace
     */
    static Reply failed(Throwable error) {
        Throwable cause = Exceptions.unwrap(error);
        String message = cause.getMessage();
        String name = cause.getClass().getSimpleName().isEmpty() ? cause.getClass().getName()
            : cause.getClass().getSimpleName();
        return text(HttpResponseStatus.INTERNAL_SERVER_ERROR, message == null ? name : name + ": " + message);
    }

    /** @return whole seconds as an integer ({@code 1}), others with their fraction ({@code 2.5}) */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }
}
