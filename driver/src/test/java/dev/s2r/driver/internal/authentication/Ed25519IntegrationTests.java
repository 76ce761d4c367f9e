/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;
import dev.s2r.test.TestUser;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code client_ed25519} against a real MariaDB: the embedded MariaDB 10.11 with the {@code auth_ed25519.so} of the
 * machine's MariaDB installation (Debian package {@code mariadb-server}) and the {@link TestUser#ED25519} account
 * it creates. MariaDB greets with {@code mysql_native_password}, so every login here is an auth switch.
 * <p>
 * Without the plugin the tests are skipped, or fail when {@value TestServers#REQUIRE_ED25519_ENV} is set to anything
 * but {@code 0} (as {@code .ci/run} does). When the shared test server is not an embedded MariaDB (SingleStore has no ed25519), an
 * embedded MariaDB of its own is started.
 */
final class Ed25519IntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static TestServer ownServer;
    private static TestServer server;
    /** Why the plugin is unavailable, or {@code null} when it is loaded. */
    private static String unavailable;

    @BeforeAll
    static void findAMariaDbWithTheEd25519Plugin() {
        TestServer shared = TestServers.shared();
        if (shared.kind() == TestServer.Kind.EMBEDDED_MARIADB) {
            server = shared;
        } else {
            ownServer = TestServers.startEmbedded(List.of());
            server = ownServer;
        }
        Object status = server.queryFirst(
            "SELECT PLUGIN_STATUS FROM information_schema.PLUGINS WHERE PLUGIN_NAME = 'ed25519'");
        if ("ACTIVE".equals(status)) {
            return;
        }
        unavailable = TestServers.ed25519PluginFile().isEmpty()
            ? "MariaDB's auth_ed25519.so is not installed (Debian: apt-get install mariadb-server, which provides "
                + "/usr/lib/mysql/plugin/auth_ed25519.so; elsewhere set S2R_ED25519_PLUGIN to the file)"
            : "the embedded MariaDB did not load " + TestServers.ed25519PluginFile().get() + " (see its log)";
        String required = System.getenv(TestServers.REQUIRE_ED25519_ENV);
        if (required != null && !required.isBlank() && !required.equals("0")) {
            fail(TestServers.REQUIRE_ED25519_ENV + " is set but " + unavailable);
        }
    }

    @BeforeEach
    void skipWithoutThePlugin() {
        assumeTrue(unavailable == null, () -> "Skipped: " + unavailable);
    }

    @AfterAll
    static void stopOwnServer() {
        if (ownServer != null) {
            ownServer.close();
        }
    }

    @Test
    void theRightPasswordLogsInAfterTheSwitchFromTheDefaultPlugin() {
        StepVerifier.create(currentUser(TestUser.ED25519))
            .assertNext(account -> assertThat(account).startsWith(TestUser.ED25519.name() + "@"))
            .expectComplete()
            .verify(TIMEOUT);
    }

    @Test
    void aWrongPasswordFailsWithAPermissionErrorThatDoesNotRepeatIt() {
        TestUser wrong = new TestUser(TestUser.ED25519.name(), "not-the-ed25519-pass");

        StepVerifier.create(currentUser(wrong))
            .expectErrorSatisfies(error -> assertThat(error)
                .isInstanceOf(R2dbcPermissionDeniedException.class)
                .hasMessageContaining("Access denied")
                .hasMessageNotContaining(wrong.password()))
            .verify(TIMEOUT);
    }

    @Test
    void theServerStoresThePublicKeyTheDriverDerivesFromAFreshPasswordAndAcceptsItsSignature() {
        String password = "pw-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8)) + "-ä€";
        TestUser user = new TestUser("s2r_ed25519_fresh", password);
        server.execute("CREATE OR REPLACE USER '" + user.name() + "'@'%' IDENTIFIED VIA ed25519 USING PASSWORD('"
            + password + "')");
        try {
            Object stored = server.queryFirst("SELECT authentication_string FROM mysql.user WHERE user = '"
                + user.name() + "' AND host = '%'");

            assertThat(stored).isEqualTo(Base64.getEncoder().withoutPadding()
                .encodeToString(Ed25519.publicKey(password.getBytes(StandardCharsets.UTF_8))));
            StepVerifier.create(currentUser(user))
                .expectNext(user.name() + "@%")
                .expectComplete()
                .verify(TIMEOUT);
        } finally {
            server.execute("DROP USER '" + user.name() + "'@'%'");
        }
    }

    private static Mono<String> currentUser(TestUser user) {
        return Flux.usingWhen(ConnectionFactories.get(server.url(user, null, Map.of("sslMode", "DISABLED"))).create(),
                connection -> Flux.from(connection.createStatement("SELECT CURRENT_USER()").execute())
                    .concatMap(result -> result.map((row, metadata) -> row.get(0, String.class))),
                Connection::close)
            .single();
    }
}
