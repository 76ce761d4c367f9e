/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The URLs of a SingleStore dev container, built from a host and the host ports mapped to 3306, 9000, 8080 and
 * 27017 (singlestore-server.md §6; the Kai form is the Python SDK's, python-sdk-driver.md §9.3).
 */
class SingleStoreEndpointsTests {

    private static final SingleStoreEndpoints ALL =
        new SingleStoreEndpoints("localhost", 32801, 32802, 32803, 32804, "root", "pw", "shop");

    @Test
    void r2dbcUrlNamesTheSqlPortAndTheDatabase() {
        assertThat(ALL.r2dbcUrl()).isEqualTo("r2dbc:singlestore://root:pw@localhost:32801/shop");
    }

    @Test
    void dataApiUrlUsesTheDriversHttpTransportOnTheDataApiPort() {
        assertThat(ALL.dataApiR2dbcUrl()).isEqualTo("r2dbc:singlestore:http://root:pw@localhost:32802/shop");
    }

    @Test
    void dataApiBaseUrlIsPlainHttpWithoutCredentials() {
        assertThat(ALL.dataApiBaseUrl()).isEqualTo("http://localhost:32802");
    }

    @Test
    void jdbcUrlIsSingleStoresJdbcDriversWithoutCredentials() {
        assertThat(ALL.jdbcUrl()).isEqualTo("jdbc:singlestore://localhost:32801/shop");
    }

    @Test
    void studioUrlIsPlainHttp() {
        assertThat(ALL.studioUrl()).isEqualTo("http://localhost:32803");
    }

    @Test
    void kaiUriIsTheMongoDbFormOfThePythonSdk() {
        assertThat(ALL.kaiUri())
            .isEqualTo("mongodb://root:pw@localhost:32804/?authMechanism=PLAIN&loadBalanced=true");
    }

    @Test
    void urlsWithoutDatabaseEndInASlash() {
        SingleStoreEndpoints endpoints = new SingleStoreEndpoints("h", 1, 2, 0, 0, "root", "pw", null);

        assertThat(endpoints.r2dbcUrl()).isEqualTo("r2dbc:singlestore://root:pw@h:1/");
        assertThat(endpoints.jdbcUrl()).isEqualTo("jdbc:singlestore://h:1/");
    }

    @Test
    void passwordAndDatabaseArePercentEncoded() {
        SingleStoreEndpoints endpoints = new SingleStoreEndpoints("h", 1, 2, 0, 0, "root", "p@ss:w/rd", "my db");

        assertThat(endpoints.r2dbcUrl()).isEqualTo("r2dbc:singlestore://root:p%40ss%3Aw%2Frd@h:1/my%20db");
    }

    @Test
    void ipv6HostIsBracketed() {
        SingleStoreEndpoints endpoints = new SingleStoreEndpoints("::1", 1, 2, 0, 0, "root", "pw", null);

        assertThat(endpoints.dataApiBaseUrl()).isEqualTo("http://[::1]:2");
    }

    @Test
    void portsNotExposedAreRefusedWithTheOptionToEnableThem() {
        SingleStoreEndpoints sqlOnly = new SingleStoreEndpoints("h", 1, 0, 0, 0, "root", "pw", null);

        assertThatThrownBy(sqlOnly::dataApiR2dbcUrl).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("withDataApi(true)");
        assertThatThrownBy(sqlOnly::studioUrl).hasMessageContaining("withStudio(true)");
        assertThatThrownBy(sqlOnly::kaiUri).hasMessageContaining("withKai(true)");
    }

    @Test
    void toStringLeavesThePasswordOut() {
        assertThat(ALL.toString()).doesNotContain("pw").contains("root@localhost:32801/shop");
    }
}
