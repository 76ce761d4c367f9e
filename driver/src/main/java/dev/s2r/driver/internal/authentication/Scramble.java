/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Password scrambles of the MySQL password plugins.
 */
final class Scramble {

    private Scramble() {
    }

    static byte[] utf8(CharSequence password) {
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    /**
     * {@code mysql_native_password}: SHA1(password) XOR SHA1(seed + SHA1(SHA1(password))).
     */
    static byte[] nativePassword(CharSequence password, byte[] seed) {
        if (password.length() == 0) {
            return new byte[0];
        }
        MessageDigest sha1 = digest("SHA-1");
        byte[] pw = utf8(password);
        byte[] stage1 = sha1.digest(pw);
        Arrays.fill(pw, (byte) 0);
        byte[] stage2 = sha1.digest(stage1);
        sha1.update(seed, 0, Math.min(20, seed.length));
        sha1.update(stage2);
        return xor(stage1, sha1.digest());
    }

    /**
     * {@code caching_sha2_password}: SHA256(password) XOR SHA256(SHA256(SHA256(password)) + seed).
     */
    static byte[] cachingSha2(CharSequence password, byte[] seed) {
        if (password.length() == 0) {
            return new byte[0];
        }
        MessageDigest sha256 = digest("SHA-256");
        byte[] pw = utf8(password);
        byte[] stage1 = sha256.digest(pw);
        Arrays.fill(pw, (byte) 0);
        byte[] stage2 = sha256.digest(stage1);
        sha256.update(stage2);
        sha256.update(seed, 0, Math.min(20, seed.length));
        return xor(stage1, sha256.digest());
    }

    static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (a[i] ^ b[i % b.length]);
        }
        return out;
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }
}
