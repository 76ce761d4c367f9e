/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.test.Ed25519Keys;
import dev.s2r.driver.test.SingleStoreEmulator;
import dev.s2r.driver.test.SingleStoreEmulator.AuthenticationScript;
import dev.s2r.driver.test.SingleStoreEmulator.ClientHandshake;
import dev.s2r.driver.test.WirePackets;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code client_ed25519} through the whole driver against a scripted server fixture (the real MariaDB plugin is
 * exercised by {@code Ed25519IntegrationTests} when it is installed): the fixture switches to the plugin with a
 * nonce whose last byte is zero, which must not be taken for a scramble terminator, and checks the signature with
 * the JDK's Ed25519 and the public key MariaDB stored for {@code PASSWORD('secret')}.
 */
final class Ed25519ScriptedServerTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** What MariaDB 10.11 stores in mysql.user for {@code IDENTIFIED VIA ed25519 USING PASSWORD('secret')}. */
    private static final byte[] PUBLIC_KEY = Base64.getDecoder().decode("ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY");

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final SingleStoreEmulator server = SingleStoreEmulator.startWithAuthentication(
        () -> new Ed25519Server(this.events));

    @AfterEach
    void stopServer() {
        this.server.close();
    }

    @Test
    void anAuthSwitchToClientEd25519IsAnsweredWithASignatureOfTheWholeNonce() {
        StepVerifier.create(connect("secret"))
            .expectComplete()
            .verify(TIMEOUT);

        assertThat(this.events).containsExactly("handshake response with mysql_native_password", "valid signature");
    }

    @Test
    void aWrongPasswordGivesASignatureTheServerRefuses() {
        StepVerifier.create(connect("not-secret"))
            .expectErrorSatisfies(error -> assertThat(error)
                .isInstanceOf(R2dbcPermissionDeniedException.class)
                .hasMessageContaining("Access denied"))
            .verify(TIMEOUT);

        assertThat(this.events).containsExactly("handshake response with mysql_native_password", "invalid signature");
    }

    private Mono<Void> connect(String password) {
        String url = "r2dbc:singlestore://ed:" + password + "@127.0.0.1:" + this.server.port() + "/db?sslMode=DISABLED";
        return Mono.usingWhen(ConnectionFactories.get(url).create(), connection -> Mono.empty(), Connection::close);
    }

    /**
     * MariaDB's server side of {@code ed25519} for an account whose password is {@code secret}: an auth switch
     * carrying a 32-byte nonce (no terminator), then a 64-byte signature to verify.
     */
    private static final class Ed25519Server implements AuthenticationScript {

        private final List<String> events;
        private final byte[] nonce = new byte[32];

        Ed25519Server(List<String> events) {
            this.events = events;
            for (int i = 0; i < 31; i++) {
                this.nonce[i] = (byte) (0x80 + i);
            }
        }

        @Override
        public List<byte[]> answer(byte[] packet, boolean handshakeResponse) {
            if (handshakeResponse) {
                this.events.add("handshake response with " + ClientHandshake.parse(packet).plugin());
                return List.of(new WirePackets.Builder().u8(0xFE).nulString("client_ed25519").bytes(this.nonce)
                    .build());
            }
            if (packet.length == 64 && verifies(packet)) {
                this.events.add("valid signature");
                return List.of(WirePackets.ok(WirePackets.AUTOCOMMIT));
            }
            this.events.add("invalid signature");
            return List.of(WirePackets.error(1045, "28000", "Access denied for user 'ed'@'localhost'"));
        }

        private boolean verifies(byte[] signature) {
            try {
                return Ed25519Keys.verify(PUBLIC_KEY, this.nonce, signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
    }
}
