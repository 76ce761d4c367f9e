/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Sha256PasswordPlugin} against the documented exchange of MySQL's {@code sha256_password}: byte fixtures
 * for the clear-text and empty-password answers, and RSA answers decrypted here with the private key of a key pair
 * generated for the test.
 */
final class Sha256PasswordPluginTests {

    private static final byte[] SEED = "Xq3#vB8!mZ0pL5@tY2&k".getBytes(StandardCharsets.US_ASCII);
    private static KeyPair keyPair;

    @BeforeAll
    static void generateRsaKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keyPair = generator.generateKeyPair();
    }

    @Test
    void isRegisteredUnderTheServersPluginName() {
        assertThat(AuthenticationPlugins.isSupported("sha256_password")).isTrue();
        assertThat(AuthenticationPlugins.create("sha256_password").name()).isEqualTo("sha256_password");
    }

    @Test
    void overTlsSendsThePasswordInClearNulTerminated() {
        byte[] response = new Sha256PasswordPlugin().authenticate(context("sécret", true, false, false, null));

        assertThat(response).containsExactly('s', 0xC3, 0xA9, 'c', 'r', 'e', 't', 0);
    }

    @Test
    void overAUnixSocketSendsThePasswordInClearNulTerminated() {
        byte[] response = new Sha256PasswordPlugin().authenticate(context("pw", false, true, false, null));

        assertThat(response).containsExactly('p', 'w', 0);
    }

    @Test
    void anEmptyPasswordIsASingleZeroByteEvenWithoutTlsOrKey() {
        byte[] response = new Sha256PasswordPlugin().authenticate(context("", false, false, false, null));

        assertThat(response).containsExactly(0);
    }

    @Test
    void overPlainTcpEncryptsThePasswordXorScrambleWithTheConfiguredKey() throws Exception {
        byte[] response = new Sha256PasswordPlugin().authenticate(context("secret", false, false, false,
            pem(keyPair)));

        assertThat(response).hasSize(256);
        assertThat(decrypt(response)).containsExactly(maskedPassword("secret"));
    }

    @Test
    void theScrambleIsRepeatedForPasswordsLongerThanIt() throws Exception {
        String password = "a-password-much-longer-than-the-twenty-byte-scramble";

        byte[] response = new Sha256PasswordPlugin().authenticate(context(password, false, false, false,
            pem(keyPair)));

        assertThat(decrypt(response)).containsExactly(maskedPassword(password));
    }

    @Test
    void aConfiguredKeyWinsOverKeyRetrieval() throws Exception {
        byte[] response = new Sha256PasswordPlugin().authenticate(context("secret", false, false, true,
            pem(keyPair)));

        assertThat(decrypt(response)).containsExactly(maskedPassword("secret"));
    }

    @Test
    void withoutKeyButWithKeyRetrievalAsksTheServerForItsKeyWithTheByteOne() {
        byte[] response = new Sha256PasswordPlugin().authenticate(context("secret", false, false, true, null));

        assertThat(response).containsExactly(0x01);
    }

    @Test
    void encryptsWithTheKeyTheServerSentAfterTheRequest() throws Exception {
        Sha256PasswordPlugin plugin = new Sha256PasswordPlugin();
        AuthenticationContext context = context("secret", false, false, true, null);
        plugin.authenticate(context);

        byte[] response = plugin.next(pem(keyPair), context);

        assertThat(decrypt(response)).containsExactly(maskedPassword("secret"));
    }

    @Test
    void withoutTlsKeyOrKeyRetrievalFailsWithAMessageNamingTheRemediesButNotThePassword() {
        assertThatThrownBy(() -> new Sha256PasswordPlugin().authenticate(context("secret", false, false, false,
            null)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("sha256_password")
            .hasMessageContaining("TLS")
            .hasMessageContaining("serverRsaPublicKeyFile")
            .hasMessageContaining("allowPublicKeyRetrieval=true")
            .hasMessageNotContaining("secret");
    }

    @Test
    void rejectsMoreDataItDidNotAskFor() {
        Sha256PasswordPlugin plugin = new Sha256PasswordPlugin();
        AuthenticationContext context = context("secret", true, false, false, null);
        plugin.authenticate(context);

        assertThatThrownBy(() -> plugin.next(new byte[]{0x04}, context))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Unexpected sha256_password data");
    }

    @Test
    void rejectsAKeyThatIsNotPemWithoutRevealingThePassword() {
        Sha256PasswordPlugin plugin = new Sha256PasswordPlugin();
        AuthenticationContext context = context("secret", false, false, true, null);
        plugin.authenticate(context);

        assertThatThrownBy(() -> plugin.next("not a key".getBytes(StandardCharsets.US_ASCII), context))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Cannot encrypt the password")
            .hasMessageNotContaining("secret");
    }

    private static AuthenticationContext context(String password, boolean tls, boolean unixSocket,
                                                 boolean allowPublicKeyRetrieval, byte[] serverKey) {
        return new AuthenticationContext(password, SEED, tls, allowPublicKeyRetrieval, false, unixSocket, serverKey);
    }

    private static byte[] decrypt(byte[] ciphertext) throws Exception {
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        cipher.init(Cipher.DECRYPT_MODE, keyPair.getPrivate());
        return cipher.doFinal(ciphertext);
    }

    /** The password's UTF-8 bytes and a NUL, each XORed with the scramble byte at the same position modulo 20. */
    private static byte[] maskedPassword(String password) {
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[pw.length + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((i < pw.length ? pw[i] : 0) ^ SEED[i % SEED.length]);
        }
        return out;
    }

    private static byte[] pem(KeyPair pair) {
        String body = Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(pair.getPublic().getEncoded());
        return ("-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n")
            .getBytes(StandardCharsets.US_ASCII);
    }
}
