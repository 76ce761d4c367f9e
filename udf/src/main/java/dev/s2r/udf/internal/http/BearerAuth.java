/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks {@code Authorization: Bearer <token>} against the configured token. Both sides are compared as SHA-256
 * digests with {@link MessageDigest#isEqual}, so the time taken tells neither the token's content nor its length.
 * Holds the token's digest only; never logs or shows either.
 */
final class BearerAuth {

    private static final String SCHEME = "Bearer ";

    private final byte[] expected;

    private BearerAuth(byte[] expected) {
        this.expected = expected;
    }

    /**
     * @param token the configured token, {@code null} or empty for no authentication
     * @return the check; one that accepts every request when there is no token
     */
    static BearerAuth of(String token) {
        return new BearerAuth(token == null || token.isEmpty() ? null : sha256(token));
    }

    /** @return whether requests must carry a token */
    boolean required() {
        return this.expected != null;
    }

    /**
     * @param authorization the {@code Authorization} header, {@code null} when absent
     * @return whether the request may proceed
     */
    boolean accepts(String authorization) {
        if (this.expected == null) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        byte[] presented = sha256(authorization.substring(SCHEME.length()).trim());
        return MessageDigest.isEqual(this.expected, presented);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return this.expected == null ? "BearerAuth{none}" : "BearerAuth{***}";
    }
}
