/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code SINGLESTOREDB_URL} accepts our R2DBC URL and the SingleStore Python SDK's URL forms.
 */
class TestServerUrlTests {

    @Test
    void r2dbcUrlKeepsItsOptions() {
        TestServerUrl url = TestServerUrl.parse("r2dbc:singlestore://admin:pw@db.example.com:3307/app?sslMode=REQUIRED&useServerPrepStmts=false");

        assertThat(url).isEqualTo(new TestServerUrl("db.example.com", 3307, "admin", "pw", "app",
            Map.of("sslMode", "REQUIRED", "useServerPrepStmts", "false")));
    }

    @Test
    void pythonSdkUrlIsTranslated() {
        TestServerUrl url = TestServerUrl.parse("singlestoredb://root:secret@127.0.0.1:3306/x?ssl_disabled=1&multi_statements=yes&connect_timeout=8");

        assertThat(url).isEqualTo(new TestServerUrl("127.0.0.1", 3306, "root", "secret", "x",
            Map.of("sslMode", "DISABLED", "allowMultiQueries", "true", "connectTimeout", "PT8S")));
    }

    @Test
    void mysqlSchemeIsAccepted() {
        assertThat(TestServerUrl.parse("mysql://me:p@h:3310").port()).isEqualTo(3310);
    }

    @Test
    void bareUserPasswordHostPortAsInTheSdkCi() {
        TestServerUrl url = TestServerUrl.parse("root:root@127.0.0.1:3307");

        assertThat(url).isEqualTo(new TestServerUrl("127.0.0.1", 3307, "root", "root", null, Map.of()));
    }

    @Test
    void missingPortUserAndPasswordTakeDefaults() {
        assertThat(TestServerUrl.parse("s2host.com/mydb"))
            .isEqualTo(new TestServerUrl("s2host.com", 3306, "root", "", "mydb", Map.of()));
    }

    @Test
    void userPasswordAndDatabaseArePercentDecoded() {
        TestServerUrl url = TestServerUrl.parse("singlestoredb://me%40corp:p%40ss%3Aw%C3%B6rd@h:1/d%20b");

        assertThat(url.user()).isEqualTo("me@corp");
        assertThat(url.password()).isEqualTo("p@ss:wörd");
        assertThat(url.database()).isEqualTo("d b");
    }

    @Test
    void ipv6HostInBrackets() {
        TestServerUrl url = TestServerUrl.parse("r2dbc:singlestore://u:p@[::1]:3306/db");

        assertThat(url.host()).isEqualTo("::1");
        assertThat(url.port()).isEqualTo(3306);
    }

    @Test
    void httpDataApiUrlIsRejected() {
        assertThatThrownBy(() -> TestServerUrl.parse("singlestoredb+http://root:secret@h:9000"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("singlestoredb+http")
            .hasMessageNotContaining("secret");
    }

    @Test
    void unknownPythonOptionIsRejectedByName() {
        assertThatThrownBy(() -> TestServerUrl.parse("root:secret@s2host.com:1000?bad_param=10"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("bad_param")
            .hasMessageNotContaining("secret");
    }

    @Test
    void nonNumericPortIsRejectedWithoutRevealingThePassword() {
        assertThatThrownBy(() -> TestServerUrl.parse("https-less:secret@h:foo/mydb"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("foo")
            .hasMessageNotContaining("secret");
    }

    @Test
    void toStringHidesThePassword() {
        assertThat(TestServerUrl.parse("root:secret@h:1/db").toString()).doesNotContain("secret");
        assertThat(new TestUser("root", "secret").toString()).doesNotContain("secret");
    }

    @Test
    void serverBuildsR2dbcUrlWithEncodedCredentialsAndOptions() {
        TestServer server = TestServer.external("r2dbc:singlestore://u%40x:p%26w@h:3307?sslMode=DISABLED");

        assertThat(server.url(server.admin(), "db_1", Map.of("allowMultiQueries", "true")))
            .isEqualTo("r2dbc:singlestore://u%40x:p%26w@h:3307/db_1?sslMode=DISABLED&allowMultiQueries=true");
        assertThat(server.jdbcUrl("db_1")).isEqualTo("jdbc:mariadb://h:3307/db_1");
    }

    @Test
    void databaseNamesAreLowerCaseIdentifiersOfAtMost64Characters() {
        String name = TestServer.databaseName("A-Very.Long$ClassName".repeat(5));

        assertThat(name).startsWith("s2r_a_very_long_classname").matches("[a-z0-9_]{1,64}").hasSizeLessThanOrEqualTo(64);
        assertThat(TestServer.databaseName("X")).isNotEqualTo(TestServer.databaseName("X"));
    }
}
