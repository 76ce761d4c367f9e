/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.dataapi;

import dev.s2r.driver.test.dataapi.DataApiServer;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import dev.s2r.test.TestUser;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTPS and credentials of the Data API transport: the server's certificate is verified as an HTTP client does,
 * JSON Web Tokens travel as {@code Bearer} credentials, and no password or token appears in an error.
 */
@SingleStoreTest
final class DataApiSecurityIntegrationTests {

    @TempDir
    static Path certificates;

    private static DataApiServer https;

    @BeforeAll
    static void start(TestDatabase database) {
        https = DataApiServer.builder(database).https(certificates).start();
    }

    @AfterAll
    static void stop() {
        https.close();
    }

    private static Flux<Integer> one(ConnectionFactory factory) {
        return Flux.usingWhen(factory.create(), connection -> Flux.from(connection.createStatement("SELECT 1")
            .execute()).flatMap(result -> result.map(row -> row.get(0, Integer.class))), Connection::close);
    }

    private static String path(Path file) {
        return URLEncoder.encode(file.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void httpsVerifiesTheServersCertificateAndNameAgainstTheGivenCa() {
        StepVerifier.create(one(DataApiUrls.factory(https, "sslCa=" + path(https.certificate()))))
            .expectNext(1)
            .verifyComplete();
    }

    @Test
    void httpsRefusesACertificateThatNoTrustedCaSigned() {
        StepVerifier.create(one(DataApiUrls.factory(https)))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcNonTransientResourceException.class)
                .hasMessageContaining("TLS")
                .hasMessageContaining("127.0.0.1:" + https.port()))
            .verify(Duration.ofSeconds(30));
    }

    @Test
    void sslModeRequiredEncryptsWithoutVerifying() {
        StepVerifier.create(one(DataApiUrls.factory(https, "sslMode=REQUIRED")))
            .expectNext(1)
            .verifyComplete();
    }

    @Test
    void sslModeDisabledContradictsHttps() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> one(DataApiUrls.factory(https, "sslMode=DISABLED"))
                .blockLast(Duration.ofSeconds(30)))
            .hasMessageContaining("sslMode=DISABLED");
    }

    @Test
    void aJsonWebTokenIsSentAsBearerCredentials() {
        String token = https.issueToken(TestUser.MAIN, Duration.ofMinutes(5));
        ConnectionFactory jwt = ConnectionFactories.get(DataApiUrls.url(https, TestUser.MAIN.name(), token,
            "credentialType=JWT&sslCa=" + path(https.certificate())));

        StepVerifier.create(one(jwt))
            .expectNext(1)
            .verifyComplete();
    }

    @Test
    void anExpiredTokenIsPermissionDeniedAndNeverQuoted() {
        String token = https.issueToken(TestUser.MAIN, Duration.ofMinutes(-5));
        ConnectionFactory jwt = ConnectionFactories.get(DataApiUrls.url(https, TestUser.MAIN.name(), token,
            "credentialType=JWT&sslCa=" + path(https.certificate())));

        StepVerifier.create(one(jwt))
            .expectErrorSatisfies(error -> {
                assertThat(error).isInstanceOf(R2dbcPermissionDeniedException.class);
                assertThat(error.toString()).doesNotContain(token);
            })
            .verify();
    }

    @Test
    void aTokenWithALineBreakIsRefusedAndNeverSent() {
        String token = https.issueToken(TestUser.MAIN, Duration.ofMinutes(5)) + "\r\nX-Injected: yes";
        ConnectionFactory jwt = ConnectionFactories.get(DataApiUrls.url(https, TestUser.MAIN.name(), token,
            "credentialType=JWT&sslCa=" + path(https.certificate())));

        StepVerifier.create(one(jwt))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcPermissionDeniedException.class)
                .hasMessageContaining("control character")
                .hasMessageNotContaining(token.substring(0, 20)))
            .verify();
    }

    @Test
    void aJwtWithoutATokenIsRefusedRatherThanSendingNothing() {
        ConnectionFactory jwt = ConnectionFactories.get(DataApiUrls.url(https, TestUser.MAIN.name(), "",
            "credentialType=JWT&sslCa=" + path(https.certificate())));

        StepVerifier.create(one(jwt))
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcPermissionDeniedException.class)
                .hasMessageContaining("needs a token"))
            .verify();
    }

    @Test
    void verifyCaChecksTheCertificateButNotTheHostName(TestDatabase database, @TempDir Path elsewhere) {
        try (DataApiServer other = DataApiServer.builder(database).https(elsewhere, "DNS:other.example").start()) {
            String ca = "sslCa=" + path(other.certificate());

            StepVerifier.create(one(DataApiUrls.factory(other, ca + "&sslMode=VERIFY_CA")))
                .expectNext(1)
                .verifyComplete();
            StepVerifier.create(one(DataApiUrls.factory(other, ca)))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcNonTransientResourceException.class)
                    .hasMessageContaining("TLS"))
                .verify(Duration.ofSeconds(30));
        }
    }

    @Test
    void anExplicitPreferredStillVerifiesOverHttps() {
        StepVerifier.create(one(DataApiUrls.factory(https, "sslMode=PREFERRED")))
            .expectError(R2dbcNonTransientResourceException.class)
            .verify(Duration.ofSeconds(30));
    }

    @Test
    void aPooledFactoryServesDataApiConnections() {
        ConnectionFactory pooled = ConnectionFactories.get(DataApiUrls.url(https, "sslCa="
            + path(https.certificate()) + "&maxSize=2").replace("r2dbc:singlestore:", "r2dbc:pool:singlestore:"));

        StepVerifier.create(Flux.range(0, 6).flatMap(i -> one(pooled)).count())
            .expectNext(6L)
            .verifyComplete();
    }
}
