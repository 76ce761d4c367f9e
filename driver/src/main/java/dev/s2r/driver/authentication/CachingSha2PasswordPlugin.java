/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.authentication;

import javax.crypto.Cipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * {@code caching_sha2_password}: a SHA-256 scramble (fast path); when the server asks for full authentication,
 * the password in clear over TLS, or RSA-encrypted with the server's public key over plain TCP (only when
 * public key retrieval is allowed).
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
            return encrypt(data, context);
        }
        if (data.length == 1 && data[0] == FAST_AUTH_SUCCESS) {
            return null;
        }
        if (data.length == 1 && data[0] == PERFORM_FULL_AUTHENTICATION) {
            if (context.isSecure()) {
                return nulTerminated(context);
            }
            if (!context.allowPublicKeyRetrieval()) {
                throw new IllegalStateException("caching_sha2_password needs full authentication, which over an "
                    + "unencrypted connection requires the server's RSA public key: enable TLS or set "
                    + "allowPublicKeyRetrieval=true");
            }
            this.awaitingKey = true;
            return new byte[]{REQUEST_PUBLIC_KEY};
        }
        throw new IllegalStateException("Unexpected caching_sha2_password data of " + data.length + " bytes");
    }

    private static byte[] nulTerminated(AuthenticationContext context) {
        byte[] pw = Scramble.utf8(context.password());
        byte[] out = Arrays.copyOf(pw, pw.length + 1);
        Arrays.fill(pw, (byte) 0);
        return out;
    }

    static byte[] encrypt(byte[] pem, AuthenticationContext context) {
        byte[] plain = nulTerminated(context);
        try {
            byte[] masked = Scramble.xor(plain, context.seed());
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            cipher.init(Cipher.ENCRYPT_MODE, publicKey(pem));
            return cipher.doFinal(masked);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot encrypt the password with the server's public key: "
                + e.getMessage(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static PublicKey publicKey(byte[] pem) throws GeneralSecurityException {
        String text = new String(pem, StandardCharsets.US_ASCII)
            .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text)));
    }
}
