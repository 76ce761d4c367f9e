/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.InvalidResponseException;
import dev.s2r.management.api.ManagementException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps secrets (secret values, user passwords) out of the errors of the calls that carry them: an answer that echoes
 * a secret has it masked as {@code ***} in the message, body and fields, and the error loses its cause when that
 * holds it; an answer that is not the expected JSON, to a call whose answer may hold secrets the client cannot know,
 * is reported without its body.
 */
final class Masking {

    private static final String MASK = "***";

    private Masking() {
    }

    /**
     * @param error  a failure of a call that sent {@code secret}
     * @param secret the secret sent, or {@code null}
     * @return the failure, with the secret masked wherever it appears
     */
    static Throwable mask(Throwable error, String secret) {
        if (secret == null || secret.isEmpty() || !(error instanceof ManagementException failure)) {
            return error;
        }
        if (failure instanceof InvalidResponseException) {
            return withheld(failure);
        }
        if (!contains(failure, secret)) {
            return failure;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        failure.errorFields().forEach((name, value) -> fields.put(name, value.replace(secret, MASK)));
        Throwable cause = failure.getCause() != null && contains(failure.getCause(), secret) ? null
            : failure.getCause();
        return new ManagementException(failure.getMessage().replace(secret, MASK), failure.method(), failure.path(),
            failure.status(), failure.body().replace(secret, MASK), fields, failure.retryAfter().orElse(null), cause);
    }

    /**
     * @param error a failure of a call whose answer may hold secrets
     * @return the failure; an unreadable answer without its body
     */
    static Throwable withheld(Throwable error) {
        if (!(error instanceof InvalidResponseException invalid) || invalid.body().isEmpty()) {
            return error;
        }
        return new InvalidResponseException(invalid.method(), invalid.path(), invalid.status(), "",
            new IllegalStateException("the answer is not shown, as it may hold a secret"));
    }

    private static boolean contains(Throwable error, String secret) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(secret)) {
                return true;
            }
            if (cause instanceof ManagementException failure && (failure.body().contains(secret)
                || failure.errorFields().values().stream().anyMatch(value -> value.contains(secret)))) {
                return true;
            }
        }
        return false;
    }
}
