/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.api;

/**
 * The Management API answered a successful status with a body that is not the JSON the call expects.
 */
public final class InvalidResponseException extends ManagementException {

    private static final long serialVersionUID = 1L;

    /**
     * @param method the HTTP method
     * @param path   the request path
     * @param status the (successful) HTTP status
     * @param body   the body as text, possibly shortened
     * @param cause  the parser's error
     */
    public InvalidResponseException(String method, String path, int status, String body, Throwable cause) {
        super("The answer to " + method + " " + path + " is not the expected JSON: " + cause.getMessage(),
            method, path, status, body, null, cause);
    }
}
