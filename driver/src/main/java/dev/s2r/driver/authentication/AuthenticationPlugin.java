/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.authentication;

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
