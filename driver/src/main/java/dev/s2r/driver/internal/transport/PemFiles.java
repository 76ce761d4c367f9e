/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.transport;

import io.r2dbc.spi.R2dbcNonTransientResourceException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PEM files of the TLS options ({@code sslCa}, {@code sslCert}, {@code sslKey}): certificates and an
 * unencrypted PKCS#8 private key. Every problem fails with {@link R2dbcNonTransientResourceException}
 * {@code 08000} naming the option and the file.
 */
final class PemFiles {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----",
        Pattern.DOTALL);
    /** The key algorithms a PKCS#8 key is tried with, in order. */
    private static final String[] KEY_ALGORITHMS = {"RSA", "EC", "EdDSA", "DSA", "RSASSA-PSS"};
    private static final String TO_PKCS8 = "openssl pkcs8 -topk8 -nocrypt -in <key> -out <key in PKCS#8>";

    private PemFiles() {
    }

    /**
     * @param file   the file
     * @param option the option that names it, for messages
     * @return the certificates of the file, in order, at least one
     */
    static List<X509Certificate> certificates(Path file, String option) {
        String text = read(file, option);
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            if (!block.group(1).endsWith("CERTIFICATE")) {
                continue;
            }
            try {
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                certificates.add((X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(decode(block.group(2)))));
            } catch (CertificateException | IllegalArgumentException e) {
                throw SslContexts.setUpError("the " + option + " file " + file + " holds a malformed certificate ("
                    + e.getMessage() + ")", e);
            }
        }
        if (certificates.isEmpty()) {
            throw SslContexts.setUpError("the " + option + " file " + file + " holds no certificate (PEM, "
                + "-----BEGIN CERTIFICATE-----)", null);
        }
        return certificates;
    }

    /**
     * @param file   the file
     * @param option the option that names it, for messages
     * @return the file's private key, which must be an unencrypted PKCS#8 key
     */
    static PrivateKey privateKey(Path file, String option) {
        String text = read(file, option);
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            String label = block.group(1);
            if (label.equals("PRIVATE KEY")) {
                return pkcs8(block.group(2), file, option);
            }
            if (label.equals("ENCRYPTED PRIVATE KEY")) {
                throw SslContexts.setUpError("the " + option + " file " + file + " holds an encrypted key; the "
                    + "driver reads unencrypted PKCS#8 keys: " + TO_PKCS8, null);
            }
            if (label.endsWith(" PRIVATE KEY")) {
                throw SslContexts.setUpError("the " + option + " file " + file + " holds a key in the traditional "
                    + "format (-----BEGIN " + label + "-----); the driver reads PKCS#8 keys (-----BEGIN PRIVATE "
                    + "KEY-----): " + TO_PKCS8, null);
            }
        }
        throw SslContexts.setUpError("the " + option + " file " + file + " holds no private key (PEM, PKCS#8, "
            + "-----BEGIN PRIVATE KEY-----)", null);
    }

    /**
     * Checks that a key signs what the certificate's public key verifies. Keys of an algorithm with no plain
     * signature (RSASSA-PSS) are not checked here; the TLS handshake still would fail.
     */
    static void checkPair(PrivateKey key, Path keyFile, String keyOption, X509Certificate certificate,
                          Path certificateFile, String certificateOption) {
        String algorithm = signatureAlgorithm(key.getAlgorithm());
        if (algorithm == null) {
            return;
        }
        byte[] data = "s2r key check".getBytes(StandardCharsets.US_ASCII);
        boolean matches;
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(data);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            matches = verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            matches = false;
        }
        if (!matches) {
            throw SslContexts.setUpError("the " + keyOption + " file " + keyFile + " does not match the certificate "
                + "in the " + certificateOption + " file " + certificateFile, null);
        }
    }

    private static String signatureAlgorithm(String keyAlgorithm) {
        switch (keyAlgorithm) {
            case "RSA":
                return "SHA256withRSA";
            case "EC":
                return "SHA256withECDSA";
            case "DSA":
                return "SHA256withDSA";
            case "EdDSA":
            case "Ed25519":
            case "Ed448":
                return keyAlgorithm;
            default:
                return null;
        }
    }

    private static PrivateKey pkcs8(String base64, Path file, String option) {
        PKCS8EncodedKeySpec spec;
        try {
            spec = new PKCS8EncodedKeySpec(decode(base64));
        } catch (IllegalArgumentException e) {
            throw SslContexts.setUpError("the " + option + " file " + file + " holds a malformed private key ("
                + e.getMessage() + ")", e);
        }
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not a key of this algorithm (or the JVM lacks it): try the next one
            }
        }
        throw SslContexts.setUpError("the " + option + " file " + file + " holds a PKCS#8 key this JVM cannot read "
            + "(neither RSA, EC, EdDSA nor DSA)", null);
    }

    private static byte[] decode(String base64) {
        return Base64.getMimeDecoder().decode(base64);
    }

    /** The file's text: PEM is ASCII, and any byte is read as one character so that reading never fails. */
    private static String read(Path file, String option) {
        if (!Files.exists(file)) {
            throw SslContexts.setUpError("the " + option + " file " + file + " does not exist", null);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw SslContexts.setUpError("the " + option + " file " + file + " cannot be read"
                + (Files.isDirectory(file) ? " (it is a directory)" : ""), null);
        }
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw SslContexts.setUpError("the " + option + " file " + file + " cannot be read (" + e + ")", e);
        }
    }
}
