/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared test server is reachable with the credentials it advertises, and only with those. Checked over
 * JDBC so that these facts hold independently of the driver under test.
 */
class TestServersTest {

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
