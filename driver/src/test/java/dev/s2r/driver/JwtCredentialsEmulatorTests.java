/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.test.JwtUsers;
import dev.s2r.driver.test.SingleStoreEmulator;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWT logins ({@code credentialType=JWT}) against {@link SingleStoreEmulator} playing a SingleStore whose users are
 * {@code IDENTIFIED WITH authentication_jwt}: no SingleStore can run here, so the emulator follows the documented
 * exchange (TLS, then the token in clear text through {@code mysql_clear_password}; error 2628 for an expired token).
 */
final class JwtCredentialsEmulatorTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9." + "x".repeat(300) + ".sig";
    private static final String EXPIRED = "eyJhbGciOiJIUzI1NiJ9.expired.sig";

    @TempDir
    static Path directory;

    private JwtUsers users;
    private SingleStoreEmulator emulator;

    @BeforeEach
    void startEmulator() {
        this.users = JwtUsers.create(directory, EXPIRED, TOKEN, "token-1", "token-2");
        this.emulator = SingleStoreEmulator.startWithJwtUsers(this.users);
    }

    @AfterEach
    void stopEmulator() {
        this.emulator.close();
    }

    @Test
    void aTokenLogsInThroughClearPasswordOverTlsAsUserStar() {
        StepVerifier.create(ping(jwt().option(ConnectionFactoryOptions.PASSWORD, TOKEN).build()))
            .expectNext(true)
            .expectComplete()
            .verify(TIMEOUT);

        assertThat(this.users.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.user()).isEqualTo("*");
            assertThat(attempt.tls()).isTrue();
            assertThat(attempt.firstPlugin()).isEqualTo("mysql_clear_password");
            assertThat(attempt.switched()).isFalse();
            assertThat(attempt.token()).isEqualTo(TOKEN);
        });
    }

    @Test
    void aNamedUserIsSentAsGiven() {
        StepVerifier.create(ping(jwt().option(ConnectionFactoryOptions.USER, "analyst")
                .option(ConnectionFactoryOptions.PASSWORD, TOKEN).build()))
            .expectNext(true)
            .expectComplete()
            .verify(TIMEOUT);

        assertThat(this.users.attempts()).singleElement()
            .satisfies(attempt -> assertThat(attempt.user()).isEqualTo("analyst"));
    }

    @Test
    void thePasswordPublisherIsSubscribedAgainForEachNewConnection() {
        AtomicInteger issued = new AtomicInteger();
        ConnectionFactoryOptions options = jwt().option(Option.sensitiveValueOf("passwordPublisher"),
            Mono.fromCallable(() -> "token-" + issued.incrementAndGet())).build();

        StepVerifier.create(ping(options).then(ping(options))).expectNext(true).expectComplete().verify(TIMEOUT);

        assertThat(this.users.attempts()).extracting(JwtUsers.Attempt::token).containsExactly("token-1", "token-2");
    }

    @Test
    void anExpiredTokenFailsWithAPermissionErrorThatDoesNotShowTheToken() {
        StepVerifier.create(ping(jwt().option(ConnectionFactoryOptions.PASSWORD, EXPIRED).build()))
            .expectErrorSatisfies(e -> {
                assertThat(e).isInstanceOf(R2dbcPermissionDeniedException.class);
                assertThat(((R2dbcException) e).getErrorCode()).isEqualTo(JwtUsers.JWT_EXPIRED);
                assertThat(e.getMessage()).doesNotContain(EXPIRED);
            })
            .verify(TIMEOUT);
    }

    @Test
    void aTokenIsNeverSentWithoutTls() {
        StepVerifier.create(ping(jwt().option(ConnectionFactoryOptions.PASSWORD, TOKEN)
                .option(Option.valueOf("sslMode"), "DISABLED").build()))
            .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(R2dbcNonTransientResourceException.class)
                .hasMessageContaining("credentialType=JWT")
                .hasMessageContaining("needs TLS")
                .hasMessageNotContaining(TOKEN))
            .verify(TIMEOUT);

        assertThat(this.users.attempts()).isEmpty();
    }

    @Test
    void withPasswordCredentialsTheServersSwitchToClearPasswordIsFollowedOverTls() {
        StepVerifier.create(ping(ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "singlestore")
                .option(ConnectionFactoryOptions.HOST, "127.0.0.1")
                .option(ConnectionFactoryOptions.PORT, this.emulator.port())
                .option(ConnectionFactoryOptions.USER, "app")
                .option(ConnectionFactoryOptions.PASSWORD, TOKEN).build()))
            .expectNext(true)
            .expectComplete()
            .verify(TIMEOUT);

        assertThat(this.users.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.firstPlugin()).isEqualTo("mysql_native_password");
            assertThat(attempt.switched()).isTrue();
            assertThat(attempt.tls()).isTrue();
        });
    }

    @Test
    void aFailingPasswordPublisherFailsTheConnectionWithAPermissionError() {
        ConnectionFactoryOptions options = jwt().option(Option.sensitiveValueOf("passwordPublisher"),
            Mono.error(new IllegalStateException("token service down"))).build();

        StepVerifier.create(ping(options))
            .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(R2dbcPermissionDeniedException.class)
                .hasMessageContaining("password publisher failed")
                .hasRootCauseMessage("token service down"))
            .verify(TIMEOUT);
    }

    private ConnectionFactoryOptions.Builder jwt() {
        return ConnectionFactoryOptions.builder()
            .option(ConnectionFactoryOptions.DRIVER, "singlestore")
            .option(ConnectionFactoryOptions.HOST, "127.0.0.1")
            .option(ConnectionFactoryOptions.PORT, this.emulator.port())
            .option(Option.valueOf("credentialType"), "jwt");
    }

    private static Mono<Boolean> ping(ConnectionFactoryOptions options) {
        ConnectionFactory factory = ConnectionFactories.get(options);
        return Mono.usingWhen(factory.create(), c -> Mono.from(c.validate(ValidationDepth.REMOTE)),
            Connection::close);
    }
}
