/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.options;

import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.OptionDescriptor;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.Transport;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The options of the Data API in {@link Settings}: the transport from the URL ({@code r2dbc:singlestore:https://},
 * the Python SDK's {@code http(s)://} and {@code singlestoredb+http(s)://}) or {@code SINGLESTOREDB_DRIVER}; the
 * endpoint's port (the one given, else {@code http_port}, else 80/443 as the Python SDK: python-sdk-driver.md §1.2);
 * the {@code /api/v2/} version; and the refusal of MySQL-protocol options and several hosts over HTTP.
 */
final class DataApiSettingsTests {

    private static final Function<String, String> NO_ENV = name -> null;

    private static Function<String, String> env(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map::get;
    }

    private static Settings url(String url, Object... more) {
        Map<String, Object> explicit = new LinkedHashMap<>();
        explicit.put("url", url);
        for (int i = 0; i < more.length; i += 2) {
            explicit.put((String) more[i], more[i + 1]);
        }
        return OptionResolver.resolve(explicit, NO_ENV);
    }

    private static Settings r2dbcUrl(String url) {
        return OptionResolver.resolve(ConnectionFactoryOptions.parse(url), NO_ENV);
    }

    // ------------------------------------------------------------------------------------------------ transport

    @Test
    void transportIsMysqlByDefault() {
        Settings settings = OptionResolver.resolve(Map.of("host", "db.example.com"), NO_ENV);

        assertThat(settings.transport()).isEqualTo(Transport.MYSQL);
        assertThat(settings.transport().isDataApi()).isFalse();
    }

    @Test
    void r2dbcUrlWithHttpsProtocolSelectsHttps() {
        Settings settings = r2dbcUrl("r2dbc:singlestore:https://admin:pw@db.example.com/sales");

        assertThat(settings.transport()).isEqualTo(Transport.HTTPS);
        assertThat(settings.get(SingleStoreOptions.DATABASE)).isEqualTo("sales");
    }

    @Test
    void r2dbcUrlWithHttpProtocolSelectsHttp() {
        assertThat(r2dbcUrl("r2dbc:singlestore:http://admin@localhost:9000").transport()).isEqualTo(Transport.HTTP);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "r2dbc:singlestore:https://db.example.com/sales, HTTPS",
        "r2dbc:singlestore:http://db.example.com, HTTP",
        "https://admin:pw@db.example.com/sales, HTTPS",
        "http://db.example.com, HTTP",
        "singlestoredb+https://db.example.com, HTTPS",
        "singlestoredb+http://root:pw@localhost:9000/db, HTTP",
        "singlestoredb://db.example.com, MYSQL",
        "mysql://db.example.com, MYSQL",
        "r2dbc:singlestore://db.example.com, MYSQL",
    })
    void urlOptionSchemeSelectsTheTransport(String url, Transport expected) {
        assertThat(url(url).transport()).isEqualTo(expected);
    }

    @Test
    void singlestoredbDriverVariableSelectsTheTransport() {
        Settings settings = OptionResolver.resolve(Map.of("host", "db.example.com"),
            env("SINGLESTOREDB_DRIVER", "https"));

        assertThat(settings.transport()).isEqualTo(Transport.HTTPS);
        assertThat(settings.source(SingleStoreOptions.TRANSPORT)).isEqualTo(Settings.Source.ENVIRONMENT);
    }

    @Test
    void singlestoredbUrlVariableWithHttpSchemeSelectsHttp() {
        Settings settings = OptionResolver.resolve(Map.of(),
            env("SINGLESTOREDB_URL", "singlestoredb+http://root:pw@localhost:9000/db"));

        assertThat(settings.transport()).isEqualTo(Transport.HTTP);
        assertThat(settings.dataApiEndpoint()).isEqualTo(HostAndPort.of("localhost", 9000));
    }

    @Test
    void pythonSdkDriverNamePymysqlMeansTheMysqlProtocol() {
        Settings settings = OptionResolver.resolve(Map.of("host", "db.example.com"),
            env("SINGLESTOREDB_DRIVER", "pymysql"));

        assertThat(settings.transport()).isEqualTo(Transport.MYSQL);
    }

    @Test
    void unknownTransportIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> OptionResolver.resolve(Map.of("host", "h", "transport", "grpc"), NO_ENV))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'transport'").hasMessageContaining("HTTPS").hasMessageContaining("'grpc'");
    }

    // ------------------------------------------------------------------------------------------------ endpoint

    @Test
    void portGivenInTheUrlIsKept() {
        assertThat(url("https://db.example.com:9443").dataApiEndpoint())
            .isEqualTo(HostAndPort.of("db.example.com", 9443));
    }

    @Test
    void portGivenInTheUrlWinsOverHttpPort() {
        assertThat(url("https://db.example.com:9443", "httpPort", 9000).dataApiEndpoint())
            .isEqualTo(HostAndPort.of("db.example.com", 9443));
    }

    @Test
    void portGivenInTheR2dbcUrlIsKept() {
        assertThat(r2dbcUrl("r2dbc:singlestore:http://root@localhost:9000").dataApiEndpoint())
            .isEqualTo(HostAndPort.of("localhost", 9000));
    }

    @Test
    void portGivenWithTheHostOptionIsKept() {
        Settings settings = OptionResolver.resolve(Map.of("host", "db.example.com:9000", "transport", "http"),
            NO_ENV);

        assertThat(settings.dataApiEndpoint()).isEqualTo(HostAndPort.of("db.example.com", 9000));
    }

    @Test
    void httpPortIsUsedWhenTheHostHasNoPort() {
        assertThat(url("http://localhost", "httpPort", 9000).dataApiEndpoint())
            .isEqualTo(HostAndPort.of("localhost", 9000));
    }

    @Test
    void httpPortIsAlsoReadUnderThePythonSdkAlias() {
        assertThat(url("http://localhost", "http_port", "9000").dataApiEndpoint())
            .isEqualTo(HostAndPort.of("localhost", 9000));
    }

    @Test
    void httpPortIsAlsoReadFromItsEnvironmentVariable() {
        Settings settings = OptionResolver.resolve(Map.of("url", "http://localhost"),
            env("SINGLESTOREDB_HTTP_PORT", "9000"));

        assertThat(settings.dataApiEndpoint()).isEqualTo(HostAndPort.of("localhost", 9000));
    }

    @Test
    void httpsWithoutAnyPortUses443() {
        assertThat(url("https://db.example.com/sales").dataApiEndpoint())
            .isEqualTo(HostAndPort.of("db.example.com", 443));
    }

    @Test
    void httpWithoutAnyPortUses80() {
        assertThat(url("http://db.example.com").dataApiEndpoint()).isEqualTo(HostAndPort.of("db.example.com", 80));
    }

    @Test
    void mysqlDefaultPortIsNotTakenForTheDataApi() {
        Settings settings = r2dbcUrl("r2dbc:singlestore:https://admin@db.example.com/sales");

        assertThat(settings.hosts().get(0).port()).isEqualTo(3306);
        assertThat(settings.dataApiEndpoint()).isEqualTo(HostAndPort.of("db.example.com", 443));
    }

    @Test
    void apiVersionIsV2ByDefault() {
        assertThat(url("https://db.example.com").get(SingleStoreOptions.API_VERSION)).isEqualTo("v2");
    }

    @Test
    void apiVersionCanBeGiven() {
        assertThat(url("https://db.example.com?apiVersion=v1").get(SingleStoreOptions.API_VERSION))
            .isEqualTo("v1");
    }

    @Test
    void apiVersionIsAVersionAndNothingElseReachesTheRequestPath() {
        assertThatThrownBy(() -> OptionResolver.resolve(Map.of("host", "h", "apiVersion", "v2/../admin"), NO_ENV))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("apiVersion")
            .hasMessageContaining("a version such as v2");
    }

    // ------------------------------------------------------------------------------------------- checkDataApi

    @Test
    void mysqlOnlyOptionIsRefusedOverTheDataApiNamingIt() {
        Settings settings = url("https://db.example.com", "pipelineLimit", 8);

        assertThatThrownBy(settings::checkDataApi).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("Option 'pipelineLimit' has no meaning over the Data API (transport HTTPS)")
            .hasMessageContaining("MySQL protocol");
    }

    @Test
    void mysqlOnlyOptionGivenInTheUrlQueryIsRefused() {
        Settings settings = url("http://localhost:9000?useServerPrepStmts=false");

        assertThatThrownBy(settings::checkDataApi).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'useServerPrepStmts'");
    }

    @Test
    void mysqlOnlyOptionGivenByAliasIsRefusedUnderItsName() {
        Settings settings = url("https://db.example.com", "multi_statements", "true");

        assertThatThrownBy(settings::checkDataApi).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'allowMultiQueries'");
    }

    @Test
    void tlsOptionsAreNotMysqlOnlyBecauseHttpsUsesThem() {
        Settings settings = url("https://db.example.com", "sslMode", "VERIFY_IDENTITY");

        assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.SSL_MODE).isMysqlOnly()).isFalse();
        assertThatCode(settings::checkDataApi).doesNotThrowAnyException();
    }

    @Test
    void optionsKeptAtTheirDefaultsAreNotRefused() {
        assertThatCode(() -> r2dbcUrl("r2dbc:singlestore:https://admin:pw@db.example.com/sales").checkDataApi())
            .doesNotThrowAnyException();
    }

    @Test
    void mysqlOnlyOptionsIncludeThoseOfTheWireProtocol() {
        assertThat(SingleStoreOptions.descriptors()).filteredOn(OptionDescriptor::isMysqlOnly)
            .extracting(OptionDescriptor::name)
            .contains("pipelineLimit", "useServerPrepStmts", "allowMultiQueries", "sessionVariables", "initSql",
                "socket", "haMode")
            .doesNotContain("host", "port", "user", "password", "database", "transport", "httpPort", "apiVersion",
                "sslMode", "connectTimeout");
    }

    @Test
    void severalHostsAreRefusedOverTheDataApi() {
        Settings settings = url("https://h1.example.com,h2.example.com");

        assertThatThrownBy(settings::checkDataApi).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("one host").hasMessageContaining("MySQL protocol");
    }

    @Test
    void nothingIsRefusedForTheMysqlTransport() {
        Settings settings = url("r2dbc:singlestore://h1.example.com,h2.example.com", "pipelineLimit", 8,
            "useServerPrepStmts", false);

        assertThat(settings.transport()).isEqualTo(Transport.MYSQL);
        assertThatCode(settings::checkDataApi).doesNotThrowAnyException();
    }
}
