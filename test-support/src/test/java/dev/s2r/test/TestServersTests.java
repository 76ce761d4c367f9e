/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How {@link TestServers} chooses a server, for the choices that start nothing: a URL is only described, and
 * {@code none} refuses every server. Each test sets the system properties it needs and restores them afterwards.
 */
class TestServersTests {

    private String savedServer;
    private String savedUrl;

    @BeforeEach
    void saveProperties() {
        savedServer = System.getProperty(TestServers.SERVER_PROPERTY);
        savedUrl = System.getProperty(TestServers.URL_PROPERTY);
    }

    @AfterEach
    void restoreProperties() {
        restore(TestServers.SERVER_PROPERTY, savedServer);
        restore(TestServers.URL_PROPERTY, savedUrl);
    }

    @Test
    void urlChoiceDescribesTheNamedServerWithoutConnecting() {
        System.setProperty(TestServers.SERVER_PROPERTY, "url");
        System.setProperty(TestServers.URL_PROPERTY, "singlestoredb://admin:secret@db.invalid:3307/app?ssl_disabled=1");

        try (TestServer server = TestServers.start()) {
            assertThat(server.kind()).isEqualTo(TestServer.Kind.EXTERNAL);
            assertThat(server.host()).isEqualTo("db.invalid");
            assertThat(server.port()).isEqualTo(3307);
            assertThat(server.admin()).isEqualTo(new TestUser("admin", "secret"));
            assertThat(server.defaultDatabase()).isEqualTo("app");
            assertThat(server.url()).isEqualTo("r2dbc:singlestore://admin:secret@db.invalid:3307/app?sslMode=DISABLED");
            assertThat(server.toString()).doesNotContain("secret");
        }
    }

    @Test
    void descriptionSaysWhichServerAndWhyWithoutThePassword() {
        System.setProperty(TestServers.SERVER_PROPERTY, "auto");
        System.setProperty(TestServers.URL_PROPERTY, "admin:secret@db.invalid:3307");

        try (TestServer server = TestServers.start()) {
            assertThat(server.description())
                .isEqualTo("server at db.invalid:3307 (from " + TestServers.URL_PROPERTY + ")");
        }
    }

    @Test
    void automaticChoiceTakesTheUrlFirst() {
        System.setProperty(TestServers.SERVER_PROPERTY, "auto");
        System.setProperty(TestServers.URL_PROPERTY, "root@db.invalid");

        try (TestServer server = TestServers.start()) {
            assertThat(server.kind()).isEqualTo(TestServer.Kind.EXTERNAL);
            assertThat(server.port()).isEqualTo(3306);
        }
    }

    @Test
    void closingAnExternalServerOnlyMarksItClosed() {
        TestServer server = TestServer.external("root@db.invalid");

        server.close();
        server.close();

        assertThat(server.isClosed()).isTrue();
    }

    @Test
    void noneRefusesEveryServer() {
        System.setProperty(TestServers.SERVER_PROPERTY, "none");
        System.setProperty(TestServers.URL_PROPERTY, "root@db.invalid");

        assertThatThrownBy(TestServers::start)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(TestServers.SERVER_PROPERTY + "=none");
        assertThatThrownBy(TestServers::shared)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(TestServers.SERVER_PROPERTY + "=none");
        assertThatThrownBy(() -> TestServers.startEmbedded(List.of()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(TestServers.SERVER_PROPERTY + "=none");
    }

    @Test
    void unknownChoiceIsRejectedByName() {
        System.setProperty(TestServers.SERVER_PROPERTY, "Podman");

        assertThatThrownBy(TestServers::start)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("'podman'")
            .hasMessageContaining("none");
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
