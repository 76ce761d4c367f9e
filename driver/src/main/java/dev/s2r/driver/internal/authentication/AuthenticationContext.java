/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

/**
 * What a plugin needs to answer the server: the password, the scramble, whether the channel is encrypted or a
 * Unix domain socket, and the RSA options. The password is never part of {@link #toString()}.
 */
public final class AuthenticationContext {

    private final CharSequence password;
    private final byte[] seed;
    private final boolean secure;
    private final boolean allowPublicKeyRetrieval;
    private final boolean allowClearPasswordOverPlainText;
    private final boolean unixSocket;
    private final byte[] serverPublicKey;

    /**
     * @param password                the password, may be empty
     * @param seed                    the server's scramble
     * @param secure                  whether the connection is encrypted with TLS
     * @param allowPublicKeyRetrieval whether the client may ask the server for its RSA public key
     */
    public AuthenticationContext(CharSequence password, byte[] seed, boolean secure, boolean allowPublicKeyRetrieval) {
        this(password, seed, secure, allowPublicKeyRetrieval, false);
    }

    /**
     * @param password                        the password, may be empty
     * @param seed                            the server's scramble
     * @param secure                          whether the connection is encrypted with TLS
     * @param allowPublicKeyRetrieval         whether the client may ask the server for its RSA public key
     * @param allowClearPasswordOverPlainText whether {@code mysql_clear_password} may send the password over an
     *                                        unencrypted connection (an explicit opt-in; refused otherwise)
     */
    public AuthenticationContext(CharSequence password, byte[] seed, boolean secure, boolean allowPublicKeyRetrieval,
                                 boolean allowClearPasswordOverPlainText) {
        this(password, seed, secure, allowPublicKeyRetrieval, allowClearPasswordOverPlainText, false, null);
    }

    /**
     * @param password                        the password, may be empty
     * @param seed                            the server's scramble
     * @param secure                          whether the connection is encrypted with TLS
     * @param allowPublicKeyRetrieval         whether the client may ask the server for its RSA public key
     * @param allowClearPasswordOverPlainText whether {@code mysql_clear_password} may send the password over an
     *                                        unencrypted connection
     * @param unixSocket                      whether the connection is a Unix domain socket (a secure transport
     *                                        for {@code sha256_password} and {@code caching_sha2_password})
     * @param serverPublicKey                 the server's RSA public key (PEM) configured by the user, or
     *                                        {@code null}
     */
    public AuthenticationContext(CharSequence password, byte[] seed, boolean secure, boolean allowPublicKeyRetrieval,
                                 boolean allowClearPasswordOverPlainText, boolean unixSocket, byte[] serverPublicKey) {
        this.password = password == null ? "" : password;
        this.seed = seed.clone();
        this.secure = secure;
        this.allowPublicKeyRetrieval = allowPublicKeyRetrieval;
        this.allowClearPasswordOverPlainText = allowClearPasswordOverPlainText;
        this.unixSocket = unixSocket;
        this.serverPublicKey = serverPublicKey == null ? null : serverPublicKey.clone();
    }

    /** @return whether the user allowed {@code mysql_clear_password} over an unencrypted connection */
    public boolean allowClearPasswordOverPlainText() {
        return this.allowClearPasswordOverPlainText;
    }

    /**
     * @param seed a new scramble (after an auth switch)
     * @return a context with the same credentials and the new scramble
     */
    public AuthenticationContext withSeed(byte[] seed) {
        return new AuthenticationContext(this.password, seed, this.secure, this.allowPublicKeyRetrieval,
            this.allowClearPasswordOverPlainText, this.unixSocket, this.serverPublicKey);
    }

    /**
     * @return whether the password may travel in clear to a server that asks for it ({@code sha256_password},
     * {@code caching_sha2_password}): the connection is encrypted with TLS or is a Unix domain socket
     */
    public boolean isSecureTransport() {
        return this.secure || this.unixSocket;
    }

    /** @return a copy of the server's RSA public key (PEM) the user configured, or {@code null} */
    public byte[] serverPublicKey() {
        return this.serverPublicKey == null ? null : this.serverPublicKey.clone();
    }

    public CharSequence password() {
        return this.password;
    }

    /** @return a copy of the scramble */
    public byte[] seed() {
        return this.seed.clone();
    }

    public boolean isSecure() {
        return this.secure;
    }

    public boolean allowPublicKeyRetrieval() {
        return this.allowPublicKeyRetrieval;
    }

    @Override
    public String toString() {
        return "AuthenticationContext{secure=" + this.secure + ", unixSocket=" + this.unixSocket + '}';
    }
}
