/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.transport;

import dev.s2r.driver.internal.options.OptionResolver;
import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.test.OpenSsl;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client TLS context built from the options: every set-up problem (a file that is missing, unreadable, or holds
 * no certificate or key; a key that does not match its certificate; a protocol version or cipher suite the JVM does
 * not know) fails with {@link R2dbcNonTransientResourceException} {@code 08000} naming the option and the file or
 * entry, before any connection is attempted. The PEM files are made by {@code openssl} for the test.
 */
class SslContextsTests {

    @TempDir
    static Path files;

    @BeforeAll
    static void makeKeysAndCertificates() throws IOException {
        OpenSsl.selfSigned(files, "client", "/CN=s2r client");
        OpenSsl.selfSigned(files, "other", "/CN=s2r other");
        OpenSsl.run(files, "genrsa", "-traditional", "-out", "traditional.key", "2048");
        Files.writeString(files.resolve("empty.pem"), "not a PEM file\n");
    }

    private static String file(String name) {
        return files.resolve(name).toString();
    }

    private static Settings settings(String... options) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("host", "db.example.com");
        values.put("user", "app");
        for (int i = 0; i < options.length; i += 2) {
            values.put(options[i], options[i + 1]);
        }
        return OptionResolver.resolve(values, name -> null);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertSetUpFails(String... options) {
        return assertThatThrownBy(() -> SslContexts.create(settings(options)))
            .isInstanceOfSatisfying(R2dbcNonTransientResourceException.class,
                e -> assertThat(e.getSqlState()).isEqualTo("08000"));
    }

    @Test
    void disabledTlsNeedsNoContext() {
        assertThat(SslContexts.create(settings("sslMode", "DISABLED", "sslCa", file("missing.pem")))).isNull();
    }

    @Test
    void validFilesVersionsAndCipherSuitesMakeAContext() {
        assertThat(SslContexts.create(settings("sslMode", "VERIFY_CA", "sslCa", file("other.pem"),
            "sslCert", file("client.pem"), "sslKey", file("client.key"), "tlsVersion", "TLSv1.2,TLSv1.3",
            "tlsCiphers", "TLS_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"))).isNotNull();
    }

    @Nested
    class KeyAndCertificateFiles {

        @Test
        void aMissingCaFileIsNamed() {
            assertSetUpFails("sslMode", "VERIFY_CA", "sslCa", file("missing.pem"))
                .hasMessageContaining("sslCa")
                .hasMessageContaining(file("missing.pem"))
                .hasMessageContaining("does not exist");
        }

        @Test
        void aMissingCertificateFileIsNamed() {
            assertSetUpFails("sslCert", file("missing.pem"), "sslKey", file("client.key"))
                .hasMessageContaining("sslCert")
                .hasMessageContaining(file("missing.pem"))
                .hasMessageContaining("does not exist");
        }

        @Test
        void aMissingKeyFileIsNamed() {
            assertSetUpFails("sslCert", file("client.pem"), "sslKey", file("missing.key"))
                .hasMessageContaining("sslKey")
                .hasMessageContaining(file("missing.key"))
                .hasMessageContaining("does not exist");
        }

        @Test
        void aFileThatCannotBeReadIsNamed() {
            assertSetUpFails("sslMode", "VERIFY_IDENTITY", "sslCa", files.toString())
                .hasMessageContaining("sslCa")
                .hasMessageContaining(files.toString())
                .hasMessageContaining("cannot be read");
        }

        @Test
        void aCaFileWithoutACertificateIsNamed() {
            assertSetUpFails("sslMode", "VERIFY_CA", "sslCa", file("empty.pem"))
                .hasMessageContaining("sslCa")
                .hasMessageContaining(file("empty.pem"))
                .hasMessageContaining("no certificate");
        }

        @Test
        void aCertificateFileWithoutACertificateIsNamed() {
            assertSetUpFails("sslCert", file("client.key"), "sslKey", file("client.key"))
                .hasMessageContaining("sslCert")
                .hasMessageContaining(file("client.key"))
                .hasMessageContaining("no certificate");
        }

        @Test
        void aKeyFileWithoutAKeyIsNamed() {
            assertSetUpFails("sslCert", file("client.pem"), "sslKey", file("client.pem"))
                .hasMessageContaining("sslKey")
                .hasMessageContaining(file("client.pem"))
                .hasMessageContaining("no private key");
        }

        @Test
        void aKeyInTheTraditionalFormatIsNamedWithHowToConvertIt() {
            assertSetUpFails("sslCert", file("client.pem"), "sslKey", file("traditional.key"))
                .hasMessageContaining("sslKey")
                .hasMessageContaining(file("traditional.key"))
                .hasMessageContaining("PKCS#8")
                .hasMessageContaining("openssl pkcs8 -topk8");
        }

        @Test
        void aKeyThatDoesNotMatchTheCertificateIsNamed() {
            assertSetUpFails("sslCert", file("client.pem"), "sslKey", file("other.key"))
                .hasMessageContaining("sslKey")
                .hasMessageContaining(file("other.key"))
                .hasMessageContaining("does not match")
                .hasMessageContaining(file("client.pem"));
        }

        @Test
        void aCertificateNeedsAKey() {
            assertSetUpFails("sslCert", file("client.pem"))
                .hasMessageContaining("sslCert")
                .hasMessageContaining("sslKey");
        }

        @Test
        void aKeyNeedsACertificate() {
            assertSetUpFails("sslKey", file("client.key"))
                .hasMessageContaining("sslKey")
                .hasMessageContaining("sslCert");
        }
    }

    @Nested
    class Names {

        @Test
        void aProtocolVersionTheJvmDoesNotKnowIsNamed() {
            assertSetUpFails("sslMode", "REQUIRED", "tlsVersion", "TLSv1.3,TLSv9")
                .hasMessageContaining("tlsVersion")
                .hasMessageContaining("'TLSv9'")
                .hasMessageNotContaining("'TLSv1.3'");
        }

        @Test
        void aCipherSuiteTheJvmDoesNotKnowIsNamed() {
            assertSetUpFails("tlsCiphers", "TLS_AES_128_GCM_SHA256,BOGUS_CIPHER")
                .hasMessageContaining("tlsCiphers")
                .hasMessageContaining("'BOGUS_CIPHER'")
                .hasMessageNotContaining("'TLS_AES_128_GCM_SHA256'");
        }
    }
}
