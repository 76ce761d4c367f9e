/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;


/**
 * What the password of a connection is.
 */
public enum CredentialType {

    /** A password, sent the way the server's authentication plugin asks for. */
    PASSWORD,
    /**
     * A JSON Web Token for a SingleStore user created {@code IDENTIFIED WITH authentication_jwt}: sent only with
     * {@code mysql_clear_password} and only over TLS; the user defaults to {@code *} (the server takes it from the
     * token's claims).
     */
    JWT;

    /**
     * Parses a credential type name, case-insensitively.
     *
     * @param value the name
     * @return the type
     * @throws IllegalArgumentException for an unknown name, or {@code browser_sso}, which this driver does not offer
     */
    public static CredentialType parse(String value) {
        if (Enums.normalize(value).equals("BROWSER_SSO")) {
            throw new IllegalArgumentException("credentialType BROWSER_SSO is not supported; obtain a JWT and use "
                + "credentialType=JWT");
        }
        return Enums.named(CredentialType.class, value, "credentialType");
    }
}
