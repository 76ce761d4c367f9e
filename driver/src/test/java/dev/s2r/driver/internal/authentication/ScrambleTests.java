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
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit tests for {@link Scramble}, and for the password plugins built on it ({@link NativePasswordPlugin},
 * {@link CachingSha2PasswordPlugin}, {@link ClearPasswordPlugin}).
 * <p>
 * Expected values are computed here from the definitions of the scrambles, with {@link MessageDigest} directly.
 */
final class ScrambleTests {

    private static final byte[] SEED = ascii("Xq3#vB8!mZ0pL5@tY2&k");
    private static final byte[] OTHER_SEED = ascii("abcdefghijklmnopqrst");

    private static KeyPair keyPair;

    @BeforeAll
    static void generateRsaKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keyPair = generator.generateKeyPair();
    }

    // ---------------------------------------------------------------------------------------------------------
    // mysql_native_password

    @Test
    void nativePasswordIsSha1OfPasswordXorSha1OfSeedAndDoubleSha1() throws Exception {
        byte[] expected = expectedNative("secret", SEED);

        assertThat(Scramble.nativePassword("secret", SEED)).hasSize(20).containsExactly(expected);
    }

    @Test
    void nativePasswordDependsOnTheSeed() {
        assertThat(Scramble.nativePassword("secret", SEED)).isNotEqualTo(Scramble.nativePassword("secret", OTHER_SEED));
    }

    @Test
    void nativePasswordEncodesThePasswordAsUtf8() throws Exception {
        assertThat(Scramble.nativePassword("pässwörd€", SEED)).containsExactly(expectedNative("pässwörd€", SEED));
    }

    @Test
    void nativePasswordUsesOnlyTheFirstTwentyBytesOfTheSeed() {
        byte[] seedWithNul = Arrays.copyOf(SEED, 21);

        assertThat(Scramble.nativePassword("secret", seedWithNul)).containsExactly(
            Scramble.nativePassword("secret", SEED));
    }

    @Test
    void nativePasswordOfEmptyPasswordIsEmpty() {
        assertThat(Scramble.nativePassword("", SEED)).isEmpty();
    }

    @Test
    void nativePasswordPluginAnswersWithTheNativeScramble() throws Exception {
        AuthenticationPlugin plugin = AuthenticationPlugins.create("mysql_native_password");

        byte[] response = plugin.authenticate(new AuthenticationContext("secret", SEED, false, false));

        assertThat(plugin.name()).isEqualTo("mysql_native_password");
        assertThat(response).containsExactly(expectedNative("secret", SEED));
    }

    @Test
    void nativePasswordPluginRejectsMoreData() {
        AuthenticationPlugin plugin = AuthenticationPlugins.create("mysql_native_password");

        assertThatThrownBy(() -> plugin.next(new byte[]{1}, context("secret", false, false)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("does not expect more data");
    }

    // ---------------------------------------------------------------------------------------------------------
    // caching_sha2_password

    @Test
    void cachingSha2IsSha256OfPasswordXorSha256OfDoubleSha256AndSeed() throws Exception {
        byte[] expected = expectedCachingSha2("secret", SEED);

        assertThat(Scramble.cachingSha2("secret", SEED)).hasSize(32).containsExactly(expected);
    }

    @Test
    void cachingSha2PutsTheSeedAfterTheDoubleHash() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] stage1 = sha256.digest(utf8("secret"));
        byte[] stage2 = sha256.digest(stage1);
        byte[] seedFirst = xor(stage1, sha256.digest(concat(SEED, stage2)));

        assertThat(Scramble.cachingSha2("secret", SEED)).isNotEqualTo(seedFirst);
    }

    @Test
    void cachingSha2UsesOnlyTheFirstTwentyBytesOfTheSeed() {
        byte[] seedWithNul = Arrays.copyOf(SEED, 21);

        assertThat(Scramble.cachingSha2("secret", seedWithNul)).containsExactly(Scramble.cachingSha2("secret", SEED));
    }

    @Test
    void cachingSha2OfEmptyPasswordIsEmpty() {
        assertThat(Scramble.cachingSha2("", SEED)).isEmpty();
    }

    @Test
    void cachingSha2PluginAnswersWithTheSha256Scramble() throws Exception {
        AuthenticationPlugin plugin = AuthenticationPlugins.create("caching_sha2_password");

        byte[] response = plugin.authenticate(context("secret", false, false));

        assertThat(plugin.name()).isEqualTo("caching_sha2_password");
        assertThat(response).containsExactly(expectedCachingSha2("secret", SEED));
    }

    @Test
    void cachingSha2FastAuthSuccessNeedsNoAnswer() {
        CachingSha2PasswordPlugin plugin = new CachingSha2PasswordPlugin();

        assertThat(plugin.next(new byte[]{0x03}, context("secret", false, false))).isNull();
    }

    @Test
    void cachingSha2FullAuthenticationOverTlsSendsThePasswordNulTerminated() {
        CachingSha2PasswordPlugin plugin = new CachingSha2PasswordPlugin();

        byte[] response = plugin.next(new byte[]{0x04}, context("sécret", true, false));

        assertThat(response).containsExactly(concat(utf8("sécret"), new byte[]{0}));
    }

    @Test
    void cachingSha2FullAuthenticationWithoutTlsOrKeyRetrievalFailsWithAHelpfulMessage() {
        CachingSha2PasswordPlugin plugin = new CachingSha2PasswordPlugin();

        assertThatThrownBy(() -> plugin.next(new byte[]{0x04}, context("secret", false, false)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("caching_sha2_password")
            .hasMessageContaining("TLS")
            .hasMessageContaining("allowPublicKeyRetrieval=true")
            .hasMessageNotContaining("secret");
    }

    @Test
    void cachingSha2FullAuthenticationWithKeyRetrievalRequestsThePublicKey() {
        CachingSha2PasswordPlugin plugin = new CachingSha2PasswordPlugin();

        byte[] response = plugin.next(new byte[]{0x04}, context("secret", false, true));

        assertThat(response).containsExactly(0x02);
    }

    @Test
    void cachingSha2EncryptsThePasswordXorSeedWithTheRetrievedPublicKey() throws Exception {
        CachingSha2PasswordPlugin plugin = new CachingSha2PasswordPlugin();
        AuthenticationContext context = context("secret", false, true);
        plugin.next(new byte[]{0x04}, context);

        byte[] ciphertext = plugin.next(pem(keyPair.getPublic().getEncoded()), context);

        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        cipher.init(Cipher.DECRYPT_MODE, keyPair.getPrivate());
        byte[] plain = cipher.doFinal(ciphertext);
        assertThat(ciphertext).hasSize(256);
        assertThat(plain).containsExactly(xor(concat(utf8("secret"), new byte[]{0}), SEED));
    }

    @Test
    void cachingSha2RepeatsTheSeedForPasswordsLongerThanIt() throws Exception {
        CachingSha2PasswordPlugin plugin = new CachingSha2PasswordPlugin();
        String password = "a-password-that-is-longer-than-the-seed";
        AuthenticationContext context = context(password, false, true);
        plugin.next(new byte[]{0x04}, context);

        byte[] ciphertext = plugin.next(pem(keyPair.getPublic().getEncoded()), context);

        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        cipher.init(Cipher.DECRYPT_MODE, keyPair.getPrivate());
        assertThat(cipher.doFinal(ciphertext)).containsExactly(xor(concat(utf8(password), new byte[]{0}), SEED));
    }

    @Test
    void cachingSha2FullAuthenticationEncryptsWithTheConfiguredKeyWithoutAskingTheServer() throws Exception {
        CachingSha2PasswordPlugin plugin = new CachingSha2PasswordPlugin();
        AuthenticationContext context = new AuthenticationContext("secret", SEED, false, false, false, false,
            pem(keyPair.getPublic().getEncoded()));

        byte[] ciphertext = plugin.next(new byte[]{0x04}, context);

        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        cipher.init(Cipher.DECRYPT_MODE, keyPair.getPrivate());
        assertThat(cipher.doFinal(ciphertext)).containsExactly(xor(concat(utf8("secret"), new byte[]{0}), SEED));
    }

    @Test
    void cachingSha2FullAuthenticationOverAUnixSocketSendsThePasswordNulTerminated() {
        CachingSha2PasswordPlugin plugin = new CachingSha2PasswordPlugin();
        AuthenticationContext context = new AuthenticationContext("secret", SEED, false, false, false, true, null);

        assertThat(plugin.next(new byte[]{0x04}, context)).containsExactly(concat(utf8("secret"), new byte[]{0}));
    }

    @Test
    void cachingSha2RejectsAPublicKeyThatIsNotPem() {
        CachingSha2PasswordPlugin plugin = new CachingSha2PasswordPlugin();
        AuthenticationContext context = context("secret", false, true);
        plugin.next(new byte[]{0x04}, context);

        assertThatThrownBy(() -> plugin.next(ascii("not a key"), context))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Cannot encrypt the password");
    }

    @Test
    void cachingSha2RejectsUnexpectedMoreData() {
        CachingSha2PasswordPlugin plugin = new CachingSha2PasswordPlugin();

        assertThatThrownBy(() -> plugin.next(new byte[]{0x07, 0x07}, context("secret", false, false)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("2 bytes");
    }

    // ---------------------------------------------------------------------------------------------------------
    // mysql_clear_password

    @Test
    void clearPasswordRefusesToSendThePasswordWithoutTls() {
        AuthenticationPlugin plugin = AuthenticationPlugins.create("mysql_clear_password");

        assertThatThrownBy(() -> plugin.authenticate(context("secret", false, true)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("mysql_clear_password")
            .hasMessageContaining("TLS")
            .hasMessageNotContaining("secret");
    }

    @Test
    void clearPasswordSendsThePasswordNulTerminatedOverTls() {
        AuthenticationPlugin plugin = AuthenticationPlugins.create("mysql_clear_password");

        assertThat(plugin.authenticate(context("pw€", true, false))).containsExactly(concat(utf8("pw€"), new byte[]{0}));
    }

    @Test
    void clearPasswordOverPlainTcpIsSentOnlyWhenTheUserExplicitlyAllowsIt() {
        AuthenticationPlugin plugin = AuthenticationPlugins.create("mysql_clear_password");
        AuthenticationContext allowed = new AuthenticationContext("pw", SEED, false, false, true);

        assertThat(plugin.authenticate(allowed)).containsExactly(concat(utf8("pw"), new byte[]{0}));
    }

    @Test
    void clearPasswordRefusalNamesTheOptInOption() {
        AuthenticationPlugin plugin = AuthenticationPlugins.create("mysql_clear_password");

        assertThatThrownBy(() -> plugin.authenticate(new AuthenticationContext("pw", SEED, false, false, false)))
            .hasMessageContaining("allowClearPasswordOverPlainText");
    }

    // ---------------------------------------------------------------------------------------------------------
    // AuthenticationPlugins

    @Test
    void unknownPluginIsRejectedWithTheSupportedNames() {
        assertThat(AuthenticationPlugins.isSupported("auth_gssapi_client")).isFalse();
        assertThatThrownBy(() -> AuthenticationPlugins.create("auth_gssapi_client"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("auth_gssapi_client")
            .hasMessageContaining("mysql_native_password");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static AuthenticationContext context(String password, boolean secure, boolean allowPublicKeyRetrieval) {
        return new AuthenticationContext(password, SEED, secure, allowPublicKeyRetrieval);
    }

    private static byte[] expectedNative(String password, byte[] seed) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        byte[] hash = sha1.digest(utf8(password));
        byte[] doubleHash = sha1.digest(hash);
        return xor(hash, sha1.digest(concat(seed, doubleHash)));
    }

    private static byte[] expectedCachingSha2(String password, byte[] seed) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] hash = sha256.digest(utf8(password));
        byte[] doubleHash = sha256.digest(hash);
        return xor(hash, sha256.digest(concat(doubleHash, seed)));
    }

    private static byte[] pem(byte[] x509) {
        String body = Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(x509);
        return ascii("-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
    }

    /** XOR with {@code mask} repeated as often as needed. */
    private static byte[] xor(byte[] data, byte[] mask) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ mask[i % mask.length]);
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
