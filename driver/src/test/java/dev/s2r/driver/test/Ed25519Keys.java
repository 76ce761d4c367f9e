/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * Ed25519 public keys as the JDK reads them, for tests that verify a signature independently of the driver's own
 * Ed25519 code.
 */
public final class Ed25519Keys {

    /** The DER prefix of an X.509 SubjectPublicKeyInfo holding a 32-byte Ed25519 key (RFC 8410). */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519Keys() {
    }

    /**
     * @param encoded the 32-byte encoded public key (RFC 8032), e.g. what MariaDB stores for an ed25519 user
     * @return the JDK's public key
     */
    public static PublicKey decode(byte[] encoded) throws GeneralSecurityException {
        byte[] x509 = new byte[X509_PREFIX.length + encoded.length];
        System.arraycopy(X509_PREFIX, 0, x509, 0, X509_PREFIX.length);
        System.arraycopy(encoded, 0, x509, X509_PREFIX.length, encoded.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
    }

    /**
     * @return whether {@code signature} is a valid Ed25519 signature of {@code message} under {@code encodedKey},
     * as the JDK checks it
     */
    public static boolean verify(byte[] encodedKey, byte[] message, byte[] signature)
        throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(decode(encodedKey));
        verifier.update(message);
        return verifier.verify(signature);
    }
}
