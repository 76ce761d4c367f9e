/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

import javax.crypto.Cipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * The password exchange shared by {@code sha256_password} and the full authentication of
 * {@code caching_sha2_password}: the password NUL-terminated, in clear over a secure transport, or XORed with the
 * scramble (repeated cyclically) and encrypted with the server's RSA public key (RSA/ECB/OAEP with SHA-1 and MGF1)
 * over plain TCP.
 */
final class RsaPassword {

    private RsaPassword() {
    }

    /** @return the password as UTF-8 bytes followed by a NUL byte */
    static byte[] nulTerminated(CharSequence password) {
        byte[] pw = Scramble.utf8(password);
        byte[] out = Arrays.copyOf(pw, pw.length + 1);
        Arrays.fill(pw, (byte) 0);
        return out;
    }

    /**
     * The answer of the RSA-based plugins when no key has to be fetched: the password in clear over TLS or a Unix
     * socket, else encrypted with the configured server key.
     *
     * @param context the credentials and channel security
     * @param refusal the message when neither applies and fetching the server's key is not allowed
     * @return the answer, or {@code null} when the caller must ask the server for its key
     * @throws IllegalStateException with {@code refusal} when the key may not be fetched
     */
    static byte[] withoutKeyRequest(AuthenticationContext context, String refusal) {
        if (context.isSecureTransport()) {
            return nulTerminated(context.password());
        }
        byte[] configuredKey = context.serverPublicKey();
        if (configuredKey != null) {
            return encrypt(configuredKey, context);
        }
        if (!context.allowPublicKeyRetrieval()) {
            throw new IllegalStateException(refusal);
        }
        return null;
    }

    /**
     * @param pem     the server's public key, PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo)
     * @param context the password and the scramble
     * @return the NUL-terminated password XOR the scramble, encrypted with the key
     * @throws IllegalStateException when the key cannot be read or the password is too long for it (the message
     *                               never contains the password)
     */
    static byte[] encrypt(byte[] pem, AuthenticationContext context) {
        byte[] plain = nulTerminated(context.password());
        byte[] masked = Scramble.xor(plain, context.seed());
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            cipher.init(Cipher.ENCRYPT_MODE, publicKey(pem));
            return cipher.doFinal(masked);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot encrypt the password with the server's public key: "
                + e.getMessage(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
            Arrays.fill(masked, (byte) 0);
        }
    }

    private static PublicKey publicKey(byte[] pem) throws GeneralSecurityException {
        String text = new String(pem, StandardCharsets.US_ASCII)
            .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text)));
    }
}
