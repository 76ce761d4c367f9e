/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

/**
 * {@code sha256_password} (MySQL): the password NUL-terminated, in clear over TLS or a Unix socket; over plain
 * TCP encrypted with the server's RSA public key, the configured one or, only when public key retrieval is
 * allowed, the one the server sends after the client asks for it with the byte {@code 0x01}. An empty password is
 * the single byte {@code 0x00}.
 */
final class Sha256PasswordPlugin implements AuthenticationPlugin {

    static final String NAME = "sha256_password";

    private static final byte REQUEST_PUBLIC_KEY = 1;

    private boolean awaitingKey;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] authenticate(AuthenticationContext context) {
        if (context.password().length() == 0) {
            return new byte[]{0};
        }
        byte[] answer = RsaPassword.withoutKeyRequest(context, "sha256_password over an unencrypted connection requires the server's "
            + "RSA public key: enable TLS, set serverRsaPublicKeyFile, or set allowPublicKeyRetrieval=true");
        if (answer != null) {
            return answer;
        }
        this.awaitingKey = true;
        return new byte[]{REQUEST_PUBLIC_KEY};
    }

    @Override
    public byte[] next(byte[] data, AuthenticationContext context) {
        if (!this.awaitingKey) {
            throw new IllegalStateException("Unexpected sha256_password data of " + data.length + " bytes");
        }
        this.awaitingKey = false;
        return RsaPassword.encrypt(data, context);
    }
}
