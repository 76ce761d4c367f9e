/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.SslMode;
import dev.s2r.driver.test.OpenSsl;
import dev.s2r.test.HangingUpListener;
import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;
import dev.s2r.test.TestUser;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TLS against a real server: an embedded MariaDB started with a certificate generated at test time by
 * {@code openssl} (a test CA signs a server certificate for the name {@code localhost} only; a second, unrelated CA
 * stands for an unknown issuer).
 */
final class TlsIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static Path certificates;
    private static TestServer server;

    @BeforeAll
    static void startServerWithCertificate() throws Exception {
        certificates = Files.createTempDirectory("s2r-tls");
        OpenSsl.selfSigned(certificates, "ca", "/CN=s2r test CA");
        OpenSsl.selfSigned(certificates, "other", "/CN=unrelated CA");
        OpenSsl.run(certificates, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
            "server.csr", "-subj", "/CN=localhost");
        Files.writeString(certificates.resolve("san.cnf"), "subjectAltName=DNS:localhost\n");
        OpenSsl.run(certificates, "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "san.cnf");
        OpenSsl.run(certificates, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "client.key", "-out",
            "client.csr", "-subj", "/CN=s2r-client");
        Files.writeString(certificates.resolve("client.cnf"),
            "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n");
        OpenSsl.run(certificates, "x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "client.pem", "-days", "2", "-extfile", "client.cnf");
        server = TestServers.startEmbedded(List.of("--ssl-ca=" + certificates.resolve("ca.pem"),
            "--ssl-cert=" + certificates.resolve("server.pem"), "--ssl-key=" + certificates.resolve("server.key")));
        server.execute("CREATE USER 'x509user'@'%' IDENTIFIED BY 'x509-pass' REQUIRE X509");
    }

    private static String userUrl(String user, String password, Map<String, String> options) {
        return url("127.0.0.1", options).replaceFirst("//" + TestUser.MAIN.name() + ":" + TestUser.MAIN.password(),
            "//" + user + ":" + password);
    }

    private static String currentUser(String url) {
        return Flux.usingWhen(ConnectionFactories.get(url).create(),
                c -> Flux.from(c.createStatement("SELECT CURRENT_USER()").execute())
                    .concatMap(r -> r.map((row, md) -> row.get(0, String.class))),
                Connection::close)
            .blockLast(TIMEOUT);
    }

    @Test
    void aClientCertificateAuthenticatesAUserThatRequiresX509() {
        String user = currentUser(userUrl("x509user", "x509-pass", Map.of("sslMode", "VERIFY_CA", "sslCa", ca("ca.pem"),
            "sslCert", ca("client.pem"), "sslKey", ca("client.key"))));

        assertThat(user).startsWith("x509user@");
    }

    @Test
    void aUserThatRequiresX509IsRefusedWithoutAClientCertificate() {
        assertThatThrownBy(() -> currentUser(userUrl("x509user", "x509-pass", Map.of("sslMode", "REQUIRED"))))
            .isInstanceOf(io.r2dbc.spi.R2dbcPermissionDeniedException.class);
    }

    @Test
    void theTlsVersionCanBePinned() {
        String version = Flux.usingWhen(ConnectionFactories.get(url("127.0.0.1", Map.of("sslMode", "REQUIRED",
                    "tlsVersion", "TLSv1.2"))).create(),
                c -> Flux.from(c.createStatement("SHOW SESSION STATUS LIKE 'Ssl_version'").execute())
                    .concatMap(r -> r.map((row, md) -> row.get(1, String.class))),
                Connection::close)
            .blockLast(TIMEOUT);

        assertThat(version).isEqualTo("TLSv1.2");
    }

    @Test
    void theServerNameToVerifyCanDifferFromTheAddressConnectedTo() {
        assertThat(cipher("127.0.0.1", Map.of("sslMode", "VERIFY_IDENTITY", "sslCa", ca("ca.pem"),
            "sslServerName", "localhost"))).isNotEmpty();
    }

    @Test
    void aTlsContextBuiltByTheApplicationIsUsedAsIs() throws Exception {
        io.netty.handler.ssl.SslContext context = io.netty.handler.ssl.SslContextBuilder.forClient()
            .trustManager(certificates.resolve("ca.pem").toFile()).endpointIdentificationAlgorithm(null).build();
        String cipher = Flux.usingWhen(SingleStoreConnectionFactory.from(SingleStoreConnectionConfiguration.builder()
                    .host("127.0.0.1").port(server.port()).user(TestUser.MAIN.name()).password(TestUser.MAIN.password())
                    .sslMode(SslMode.REQUIRED).sslContext(context).build()).create(),
                c -> Flux.from(c.createStatement("SHOW SESSION STATUS LIKE 'Ssl_cipher'").execute())
                    .concatMap(r -> r.map((row, md) -> row.get(1, String.class))),
                Connection::close)
            .blockLast(TIMEOUT);

        assertThat(cipher).isNotEmpty();
    }

    @Test
    void aCipherSuiteTheJvmDoesNotKnowFailsCreateNamingTheOption() {
        assertThatThrownBy(() -> cipher("127.0.0.1", Map.of("sslMode", "REQUIRED", "tlsCiphers", "BOGUS_CIPHER")))
            .isInstanceOfSatisfying(R2dbcNonTransientResourceException.class,
                e -> assertThat(e.getSqlState()).isEqualTo("08000"))
            .hasMessageContaining("tlsCiphers")
            .hasMessageContaining("BOGUS_CIPHER");
    }

    @Test
    void aContextThatCannotStartAHandshakeIsATlsErrorNotALoginFailure() throws Exception {
        io.netty.handler.ssl.SslContext context = io.netty.handler.ssl.SslContextBuilder.forClient()
            .ciphers(List.of("BOGUS_CIPHER")).build();
        SingleStoreConnectionFactory factory = SingleStoreConnectionFactory.from(SingleStoreConnectionConfiguration
            .builder().host("127.0.0.1").port(server.port()).user(TestUser.MAIN.name())
            .password(TestUser.MAIN.password()).sslMode(SslMode.REQUIRED).sslContext(context).build());

        assertThatThrownBy(() -> factory.create().flatMap(c -> Mono.from(c.close())).block(TIMEOUT))
            .isInstanceOfSatisfying(R2dbcNonTransientResourceException.class,
                e -> assertThat(e.getSqlState()).isEqualTo("08000"))
            .hasMessageContaining("TLS");
    }

    @Test
    void aHandshakeWithoutACommonCipherSuiteIsAConnectionError() {
        // an ECDSA suite cannot be served with the server's RSA certificate
        assertThatThrownBy(() -> cipher("127.0.0.1", Map.of("sslMode", "REQUIRED", "tlsVersion", "TLSv1.2",
            "tlsCiphers", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")))
            .isInstanceOfSatisfying(R2dbcNonTransientResourceException.class,
                e -> assertThat(e.getSqlState()).startsWith("08"))
            .hasMessageContaining("TLS");
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
        if (certificates != null) {
            try (var paths = Files.walk(certificates)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static String url(String host, Map<String, String> options) {
        StringBuilder url = new StringBuilder("r2dbc:singlestore://").append(TestUser.MAIN.name()).append(':')
            .append(TestUser.MAIN.password()).append('@').append(host).append(':').append(server.port()).append('/');
        String separator = "?";
        for (Map.Entry<String, String> option : options.entrySet()) {
            url.append(separator).append(option.getKey()).append('=').append(option.getValue());
            separator = "&";
        }
        return url.toString();
    }

    /** The cipher of the session's TLS channel, or an empty string without TLS. */
    private static String cipher(String host, Map<String, String> options) {
        return Flux.usingWhen(ConnectionFactories.get(url(host, options)).create(),
                c -> Flux.from(c.createStatement("SHOW SESSION STATUS LIKE 'Ssl_cipher'").execute())
                    .concatMap(r -> r.map((row, md) -> row.get(1, String.class))),
                Connection::close)
            .blockLast(TIMEOUT);
    }

    private static String ca(String name) {
        return certificates.resolve(name).toString();
    }

    @Test
    void preferredModeUpgradesToTlsWhenTheServerOffersIt() {
        assertThat(cipher("127.0.0.1", Map.of())).isNotEmpty();
    }

    @Test
    void disabledModeStaysOnPlainTcp() {
        assertThat(cipher("127.0.0.1", Map.of("sslMode", "DISABLED"))).isEmpty();
    }

    @Test
    void verifyCaAcceptsACertificateSignedByTheConfiguredCa() {
        assertThat(cipher("127.0.0.1", Map.of("sslMode", "VERIFY_CA", "sslCa", ca("ca.pem")))).isNotEmpty();
    }

    @Test
    void verifyCaRejectsACertificateFromAnUnknownCa() {
        assertThatThrownBy(() -> cipher("127.0.0.1", Map.of("sslMode", "VERIFY_CA", "sslCa", ca("other.pem"))))
            .isInstanceOf(R2dbcNonTransientResourceException.class)
            .hasMessageContaining("TLS")
            .hasMessageNotContaining("timed out");
    }

    @Test
    void verifyIdentityAcceptsTheHostNameTheCertificateNames() {
        assertThat(cipher("localhost", Map.of("sslMode", "VERIFY_IDENTITY", "sslCa", ca("ca.pem")))).isNotEmpty();
    }

    @Test
    void verifyIdentityChecksTheHostOfTheListThatWasConnectedTo() throws Exception {
        String hosts = "127.0.0.1:" + HangingUpListener.closedPort() + ",localhost";

        assertThat(cipher(hosts, Map.of("sslMode", "VERIFY_IDENTITY", "sslCa", ca("ca.pem"), "hostDenyDuration",
            "0s"))).isNotEmpty();
    }

    @Test
    void verifyIdentityRejectsAHostNameTheCertificateDoesNotName() {
        assertThatThrownBy(() -> cipher("127.0.0.1", Map.of("sslMode", "VERIFY_IDENTITY", "sslCa", ca("ca.pem"))))
            .isInstanceOf(R2dbcNonTransientResourceException.class)
            .hasMessageContaining("TLS")
            .hasMessageNotContaining("timed out");
    }

    @Test
    void passwordsNeverAppearInTlsErrors() {
        assertThatThrownBy(() -> cipher("127.0.0.1", Map.of("sslMode", "VERIFY_CA", "sslCa", ca("other.pem"))))
            .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(TestUser.MAIN.password()));
    }

    @Test
    void requiredModeConnectsOverTlsWithoutVerifying() {
        assertThat(cipher("127.0.0.1", Map.of("sslMode", "REQUIRED"))).isNotEmpty();
    }
}
