/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.api;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A call to the Management API failed: the API answered with a status of 400 or more, or the call could not be
 * made. Carries the HTTP method, the path (without the query, which may name an organization), the status (0 when
 * no answer came), the answer's body as text, and the top-level scalar fields of that body when it is a JSON
 * object (the spec does not model error bodies, singlestore-server.md §1.2). No message, field or
 * {@link #toString()} ever holds the API token.
 */
public class ManagementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int status;
    private final String body;
    private final transient Map<String, String> errorFields;
    private final Duration retryAfter;

    /**
     * @param message     what failed
     * @param method      the HTTP method, e.g. {@code GET}
     * @param path        the request path, e.g. {@code /v1/workspaces/1}
     * @param status      the HTTP status, or 0 when no answer came
     * @param body        the answer's body as text, possibly empty; never the token
     * @param errorFields the top-level scalar fields of a JSON error body; empty when it is not JSON
     * @param cause       the underlying failure, or {@code null}
     */
    public ManagementException(String message, String method, String path, int status, String body,
                               Map<String, String> errorFields, Throwable cause) {
        this(message, method, path, status, body, errorFields, null, cause);
    }

    /**
     * @param message     what failed
     * @param method      the HTTP method, e.g. {@code GET}
     * @param path        the request path, e.g. {@code /v1/workspaces/1}
     * @param status      the HTTP status, or 0 when no answer came
     * @param body        the answer's body as text, possibly empty; never the token
     * @param errorFields the top-level scalar fields of a JSON error body; empty when it is not JSON
     * @param retryAfter  the answer's {@code Retry-After}, or {@code null}
     * @param cause       the underlying failure, or {@code null}
     */
    public ManagementException(String message, String method, String path, int status, String body,
                               Map<String, String> errorFields, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
        this.method = method;
        this.path = path;
        this.status = status;
        this.body = body == null ? "" : body;
        this.errorFields = errorFields == null ? Map.of() : Map.copyOf(errorFields);
    }

    /** @return the HTTP method of the failed call */
    public String method() {
        return this.method;
    }

    /** @return the request path of the failed call, without its query */
    public String path() {
        return this.path;
    }

    /** @return the HTTP status, or 0 when no answer came */
    public int status() {
        return this.status;
    }

    /** @return the answer's body as text; empty when there was none */
    public String body() {
        return this.body;
    }

    /** @return the top-level scalar fields of a JSON error body (e.g. {@code code}, {@code message}); may be empty */
    public Map<String, String> errorFields() {
        return this.errorFields;
    }

    /** @return the pause the API asked for with {@code Retry-After} (with a 429 or 503), if it did */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(this.retryAfter);
    }

    /** @return whether the API answered 404 Not Found */
    public boolean isNotFound() {
        return this.status == 404;
    }
}
