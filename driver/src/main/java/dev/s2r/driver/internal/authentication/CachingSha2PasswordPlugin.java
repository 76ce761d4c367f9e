/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

/**
 * {@code caching_sha2_password}: a SHA-256 scramble (fast path); when the server asks for full authentication,
 * the password in clear over TLS or a Unix socket, or RSA-encrypted with the server's public key over plain TCP
 * (the configured key, or the server's when public key retrieval is allowed).
 */
final class CachingSha2PasswordPlugin implements AuthenticationPlugin {

    static final String NAME = "caching_sha2_password";

    private static final int FAST_AUTH_SUCCESS = 3;
    private static final int PERFORM_FULL_AUTHENTICATION = 4;
    private static final byte REQUEST_PUBLIC_KEY = 2;

    private boolean awaitingKey;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] authenticate(AuthenticationContext context) {
        return Scramble.cachingSha2(context.password(), context.seed());
    }

    @Override
    public byte[] next(byte[] data, AuthenticationContext context) {
        if (this.awaitingKey) {
            this.awaitingKey = false;
            return RsaPassword.encrypt(data, context);
        }
        if (data.length == 1 && data[0] == FAST_AUTH_SUCCESS) {
            return null;
        }
        if (data.length == 1 && data[0] == PERFORM_FULL_AUTHENTICATION) {
            return fullAuthentication(context);
        }
        throw new IllegalStateException("Unexpected caching_sha2_password data of " + data.length + " bytes");
    }

    private byte[] fullAuthentication(AuthenticationContext context) {
        byte[] answer = RsaPassword.withoutKeyRequest(context, "caching_sha2_password needs full authentication, which over an "
            + "unencrypted connection requires the server's RSA public key: enable TLS, set "
            + "serverRsaPublicKeyFile, or set allowPublicKeyRetrieval=true");
        if (answer != null) {
            return answer;
        }
        this.awaitingKey = true;
        return new byte[]{REQUEST_PUBLIC_KEY};
    }
}
