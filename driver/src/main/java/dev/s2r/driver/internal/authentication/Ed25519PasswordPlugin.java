/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

import java.util.Arrays;

/**
 * {@code client_ed25519} (MariaDB's {@code ed25519} plugin): the server sends a 32-byte nonce and the client answers
 * with the 64-byte Ed25519 signature of it, the secret key being derived from the password
 * ({@code SHA-512(password)}, see {@link Ed25519}). The password itself never leaves the client, so this plugin is
 * safe over plain TCP.
 */
final class Ed25519PasswordPlugin implements AuthenticationPlugin {

    static final String NAME = "client_ed25519";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isScrambleNulTerminated() {
        return false;
    }

    /** A BigInteger signature: about 2 ms once warm, a few tens of milliseconds for the first one in a JVM. */
    @Override
    public boolean isCpuBound() {
        return true;
    }

    @Override
    public byte[] authenticate(AuthenticationContext context) {
        byte[] password = Scramble.utf8(context.password());
        try {
            return Ed25519.sign(password, context.seed());
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }
}
