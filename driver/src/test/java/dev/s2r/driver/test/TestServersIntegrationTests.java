/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared test server of s2r-test ({@link TestServers#shared()}) is reachable with the credentials it advertises,
 * and only with those. Checked over JDBC so that these facts hold independently of the driver under test.
 *
 * <p>This self-test of s2r-test runs here rather than in s2r-test because resolving a server can need an R2DBC
 * driver (a Docker container is probed with {@code SELECT 1} through R2DBC discovery), and s2r-test does not
 * depend on the driver.
 */
class TestServersIntegrationTests {

    @Test
    void sharedServerIsTheSameInstanceWithinTheJvm() {
        assertThat(TestServers.shared()).isSameAs(TestServers.shared());
    }

    @Test
    void sharedServerAcceptsItsAdminAccount() throws SQLException {
        TestServer server = TestServers.shared();

        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(null), server.user(), server.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void sharedServerRejectsAWrongPassword() {
        TestServer server = TestServers.shared();

        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(null), server.user(), server.password() + "-wrong").close())
            .isInstanceOf(SQLException.class);
    }
}
