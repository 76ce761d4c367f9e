/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;


/**
 * When and how the driver encrypts the connection with TLS.
 */
public enum SslMode {

    /** Never use TLS. */
    DISABLED,
    /** Use TLS when the server offers it, without verifying its certificate; plain TCP otherwise (the default). */
    PREFERRED,
    /** Require TLS; fail when the server does not offer it. The certificate is not verified. */
    REQUIRED,
    /** Require TLS and verify the server certificate against the configured CA (or the JVM's trust store). */
    VERIFY_CA,
    /** As {@link #VERIFY_CA}, and also check that the certificate names the host connected to. */
    VERIFY_IDENTITY;

    /**
     * @return whether TLS is mandatory in this mode
     */
    public boolean requiresTls() {
        return this != DISABLED && this != PREFERRED;
    }

    /**
     * @return whether the server certificate is verified
     */
    public boolean verifiesCertificate() {
        return this == VERIFY_CA || this == VERIFY_IDENTITY;
    }

    /**
     * Parses a mode name, case-insensitively, also accepting {@code VERIFY_FULL} for {@link #VERIFY_IDENTITY}
     * and {@code DISABLE}/{@code TRUST} aliases used by other drivers.
     *
     * @param value the name
     * @return the mode
     * @throws IllegalArgumentException for an unknown name
     */
    public static SslMode parse(String value) {
        switch (Enums.normalize(value)) {
            case "DISABLE":
                return DISABLED;
            case "TRUST":
            case "REQUIRE":
                return REQUIRED;
            case "VERIFY_FULL":
                return VERIFY_IDENTITY;
            default:
                return Enums.named(SslMode.class, value, "sslMode");
        }
    }
}
