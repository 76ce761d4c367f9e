/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

/**
 * One authentication exchange with a server-side authentication plugin. Instances are stateful and used for a
 * single login.
 */
public interface AuthenticationPlugin {

    /**
     * @return the plugin name as the server names it
     */
    String name();

    /**
     * Says how to read the data of an auth switch request to this plugin. The password plugins' scramble is
     * followed by a NUL byte that is not part of it; other plugins' data (the 32-byte nonce of
     * {@code client_ed25519}) is binary and must be used exactly as sent.
     *
     * @return whether a trailing NUL byte of the auth switch data is to be removed (the default)
     */
    default boolean isScrambleNulTerminated() {
        return true;
    }

    /**
     * @return whether computing the first response costs noticeable CPU time (milliseconds), so that the driver
     * computes it on Reactor's parallel scheduler rather than on the connection's event loop; {@code false} by
     * default (hashes and RSA encryption with a public key take microseconds)
     */
    default boolean isCpuBound() {
        return false;
    }

    /**
     * Computes the first response to the server's scramble.
     *
     * @param context the credentials, scramble and channel security
     * @return the bytes to send
     */
    byte[] authenticate(AuthenticationContext context);

    /**
     * Answers an "auth more data" packet.
     *
     * @param data    the data the server sent
     * @param context the credentials, scramble and channel security
     * @return the bytes to send, or {@code null} when nothing is to be sent (the server's final answer follows)
     * @throws IllegalStateException when the plugin cannot continue (the message says why)
     */
    default byte[] next(byte[] data, AuthenticationContext context) {
        throw new IllegalStateException("Authentication plugin " + name() + " does not expect more data");
    }
}
