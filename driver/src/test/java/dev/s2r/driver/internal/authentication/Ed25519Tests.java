/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

import dev.s2r.driver.test.Ed25519Keys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Ed25519} and the {@code client_ed25519} plugin built on it.
 * <p>
 * Expected values come from outside this driver: the test vectors of RFC 8032 (section 7.1), the JDK's own Ed25519
 * (whose secret is a 32-byte seed hashed with SHA-512, exactly what {@link Ed25519} does with any secret), and
 * MariaDB 10.11: public keys are what {@code CREATE USER ... IDENTIFIED VIA ed25519 USING PASSWORD('...')} stored
 * in {@code mysql.user.authentication_string} (base64 without padding), signatures are what the {@code mariadb}
 * command-line client's {@code client_ed25519} plugin (10.11.18) answered to a scripted server that sent the nonce
 * {@code 0x40 0x41 ... 0x5F}.
 */
final class Ed25519Tests {

    private static final HexFormat HEX = HexFormat.of();
    /** The nonce the scripted server sent to the MariaDB client. */
    private static final byte[] MARIADB_NONCE = nonce();

    @Test
    void rfc8032TestVector1SignsTheEmptyMessage() {
        byte[] secret = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

        assertThat(HEX.formatHex(Ed25519.publicKey(secret)))
            .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assertThat(HEX.formatHex(Ed25519.sign(secret, new byte[0]))).isEqualTo(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595"
                + "bbe24655141438e7a100b");
    }

    @Test
    void rfc8032TestVector2SignsAOneByteMessage() {
        byte[] secret = HEX.parseHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");

        assertThat(HEX.formatHex(Ed25519.publicKey(secret)))
            .isEqualTo("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
        assertThat(HEX.formatHex(Ed25519.sign(secret, new byte[]{0x72}))).isEqualTo(
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb43"
                + "02aeeb00d291612bb0c00");
    }

    @Test
    void signaturesOfRandomSeedsEqualTheJdksEd25519() throws Exception {
        SecureRandom random = new SecureRandom();
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        for (int i = 0; i < 20; i++) {
            byte[] seed = new byte[32];
            byte[] message = new byte[32];
            random.nextBytes(seed);
            random.nextBytes(message);
            PrivateKey privateKey = keys.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initSign(privateKey);
            jdk.update(message);

            assertThat(Ed25519.sign(seed, message)).containsExactly(jdk.sign());
        }
    }

    @Test
    void publicKeysOfRandomSeedsVerifyTheJdksSignatures() throws Exception {
        SecureRandom random = new SecureRandom();
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        for (int i = 0; i < 5; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            PrivateKey privateKey = keys.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initSign(privateKey);
            jdk.update(new byte[]{1});
            byte[] signature = jdk.sign();

            assertThat(Ed25519Keys.verify(Ed25519.publicKey(seed), new byte[]{1}, signature)).isTrue();
        }
    }

    @Test
    void thePasswordsPublicKeyIsWhatMariaDbStoresForIt() {
        assertThat(base64(Ed25519.publicKey(utf8("secret")))).isEqualTo("ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY");
        assertThat(base64(Ed25519.publicKey(utf8("ed-pass")))).isEqualTo("C6wL6AkksD9jmkRME0nVo5GEepVVv5JIi7Bk/1JVbfs");
    }

    @Test
    void thePluginAnswersWhatMariaDbsClientAnswers() {
        AuthenticationPlugin plugin = AuthenticationPlugins.create("client_ed25519");

        byte[] response = plugin.authenticate(new AuthenticationContext("secret", MARIADB_NONCE, false, false));

        assertThat(HEX.formatHex(response)).isEqualTo("05329b0340ef1a52f970539509bf636d7e893cc159f22376933154f3a6caf3"
            + "b464dfb1c105283f9ae31a2c240127bfccb4843c778d9ed1d897e362d4c012a60d");
    }

    @Test
    void thePluginSignsWithAnEmptyPasswordAsMariaDbsClientDoes() {
        byte[] response = new Ed25519PasswordPlugin().authenticate(
            new AuthenticationContext("", MARIADB_NONCE, false, false));

        assertThat(HEX.formatHex(response)).isEqualTo("e761749a0841742865ece44efbdabc0a2148e4776772eb020bbed5ccd9bad0"
            + "7809ef6eec70b5f47ef3818554c251a0185bc58649c9ae8579f40c59da1deaa604");
    }

    @Test
    void thePluginSignsTheWholeNonceIncludingTrailingZeroBytes() {
        byte[] nonce = Arrays.copyOf(MARIADB_NONCE, 32);
        nonce[31] = 0;

        byte[] response = new Ed25519PasswordPlugin().authenticate(new AuthenticationContext("secret", nonce, false,
            false));

        assertThat(response).containsExactly(Ed25519.sign(utf8("secret"), nonce));
        assertThat(response).isNotEqualTo(Ed25519.sign(utf8("secret"), Arrays.copyOf(nonce, 31)));
    }

    @Test
    void thePluginTakesTheAuthSwitchDataAsBinaryNotAsANulTerminatedScramble() {
        assertThat(new Ed25519PasswordPlugin().isScrambleNulTerminated()).isFalse();
        assertThat(new NativePasswordPlugin().isScrambleNulTerminated()).isTrue();
    }

    @Test
    void thePluginEncodesThePasswordAsUtf8() {
        byte[] response = new Ed25519PasswordPlugin().authenticate(new AuthenticationContext("pässwörd€",
            MARIADB_NONCE, false, false));

        assertThat(response).containsExactly(Ed25519.sign("pässwörd€".getBytes(StandardCharsets.UTF_8),
            MARIADB_NONCE));
    }

    private static byte[] nonce() {
        byte[] nonce = new byte[32];
        for (int i = 0; i < nonce.length; i++) {
            nonce[i] = (byte) (0x40 + i);
        }
        return nonce;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
