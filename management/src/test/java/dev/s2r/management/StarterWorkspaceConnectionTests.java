/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.model.StarterWorkspace;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A starter workspace's connection options: its {@code host:port} endpoint, and always its database, without which
 * the shared tier refuses statements with error 1046 (python-sdk-audit.md "Management").
 */
final class StarterWorkspaceConnectionTests {

    private static StarterWorkspace at(String endpoint, Integer port, String database) {
        return new StarterWorkspace("v1", "dev", database, endpoint, port, 443, null);
    }

    @Test
    void theOptionsNameTheDatabase() {
        ConnectionFactoryOptions options = at("svc.test:3333", 3333, "db1").connectionOptions("ada", "pw-1");

        assertThat(options.getValue(ConnectionFactoryOptions.DATABASE)).isEqualTo("db1");
        assertThat(options.getValue(ConnectionFactoryOptions.DRIVER)).isEqualTo("singlestore");
        assertThat(options.getValue(ConnectionFactoryOptions.USER)).isEqualTo("ada");
    }

    @Test
    void theEndpointGivesHostAndPort() {
        ConnectionFactoryOptions options = at("svc.test:3334", 9999, "db1").connectionOptions("ada", "pw-1");

        assertThat(options.getValue(ConnectionFactoryOptions.HOST)).isEqualTo("svc.test");
        assertThat(options.getValue(ConnectionFactoryOptions.PORT)).isEqualTo(3334);
    }

    @Test
    void anEndpointWithoutPortUsesTheDmlPort() {
        assertThat(at("svc.test", 3333, "db1").connectionOptions("ada", "pw-1")
            .getValue(ConnectionFactoryOptions.PORT)).isEqualTo(3333);
        assertThat(at("svc.test", null, "db1").connectionOptions("ada", "pw-1")
            .getValue(ConnectionFactoryOptions.PORT)).isEqualTo(3306);
    }

    @Test
    void theOptionsHideThePassword() {
        assertThat(at("svc.test:3333", null, "db1").connectionOptions("ada", "secret-pw-42").toString())
            .doesNotContain("secret-pw-42");
    }

    @Test
    void aWorkspaceWithoutDatabaseNameCannotBeConnectedTo() {
        assertThatThrownBy(() -> at("svc.test:3333", null, null).connectionFactory("ada", "pw"))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("1046");
    }

    @Test
    void aWorkspaceWithoutEndpointCannotBeConnectedTo() {
        assertThatThrownBy(() -> at(null, null, "db1").connectionFactory("ada", "pw"))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("no endpoint");
    }
}
