/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.api.SslMode;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.CredentialType;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.Transport;
import dev.s2r.driver.api.StatementTimeoutMode;
import dev.s2r.driver.api.VectorDataFormat;
import dev.s2r.driver.internal.options.ConnectionUrl;
import dev.s2r.driver.api.OptionDescriptor;
import dev.s2r.driver.internal.options.OptionResolver;
import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.internal.options.Settings.Source;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static dev.s2r.driver.test.Throwables.stackTrace;
import static io.r2dbc.spi.ConnectionFactoryOptions.DRIVER;
import static io.r2dbc.spi.ConnectionFactoryOptions.HOST;
import static io.r2dbc.spi.ConnectionFactoryOptions.PASSWORD;
import static io.r2dbc.spi.ConnectionFactoryOptions.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The option registry: one precedence rule (explicit &gt; URL &gt; environment &gt; default), connecting from
 * {@code SINGLESTOREDB_URL} alone, every URL form, the Python SDK's boolean words, and error messages that name the
 * option without repeating secrets. No test reads the real process environment: every environment is a map.
 */
class SingleStoreOptionsTests {

    private static final String SECRET = "Sup3r-S3cret-Pw";

    private static Function<String, String> env(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map::get;
    }

    private static final Function<String, String> NO_ENV = name -> null;

    private static SingleStoreConnectionConfiguration configuration(ConnectionFactoryOptions options,
                                                                    Function<String, String> environment) {
        return new SingleStoreConnectionFactoryProvider(environment).create(options).getConfiguration();
    }

    private static ConnectionFactoryOptions.Builder driverOnly() {
        return ConnectionFactoryOptions.builder().option(DRIVER, "singlestore");
    }

    @Nested
    class Precedence {

        @Test
        void defaultWhenNothingIsGiven() {
            Settings resolution = OptionResolver.resolve(Map.of(), NO_ENV);

            assertThat(resolution.get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(32);
            assertThat(resolution.source(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(Source.DEFAULT);
        }

        @Test
        void environmentBeatsDefault() {
            Settings resolution = OptionResolver.resolve(Map.of(), env("SINGLESTOREDB_PIPELINE_LIMIT", "4"));

            assertThat(resolution.get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(4);
            assertThat(resolution.source(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(Source.ENVIRONMENT);
        }

        @Test
        void urlBeatsEnvironment() {
            Settings resolution = OptionResolver.resolve(Map.of("url", "h:3306?pipelineLimit=8"),
                env("SINGLESTOREDB_PIPELINE_LIMIT", "4"));

            assertThat(resolution.get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(8);
            assertThat(resolution.source(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(Source.URL);
        }

        @Test
        void explicitBeatsUrl() {
            Settings resolution = OptionResolver.resolve(
                Map.of("pipelineLimit", 16, "url", "h:3306?pipelineLimit=8"), env("SINGLESTOREDB_PIPELINE_LIMIT", "4"));

            assertThat(resolution.get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(16);
            assertThat(resolution.source(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(Source.EXPLICIT);
        }

        @Test
        void connectionFactoryOptionsAreExplicit() {
            ConnectionFactoryOptions options = driverOnly().option(HOST, "explicit-host").option(USER, "app")
                .option(Option.valueOf("pipelineLimit"), "16")
                .option(SingleStoreOptions.URL, "url-host:3307/urldb?pipelineLimit=8&tcpKeepAlive=yes")
                .build();

            SingleStoreConnectionConfiguration configuration = configuration(options,
                env("SINGLESTOREDB_PIPELINE_LIMIT", "4", "SINGLESTOREDB_TCP_KEEP_ALIVE", "no",
                    "SINGLESTOREDB_PREPARE_CACHE_SIZE", "7"));

            assertThat(configuration.getHosts().get(0).host()).isEqualTo("explicit-host");
            assertThat(configuration.getHosts().get(0).port()).isEqualTo(3307);
            assertThat(configuration.get(SingleStoreOptions.DATABASE)).isEqualTo("urldb");
            assertThat(configuration.get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(16);
            assertThat(configuration.get(SingleStoreOptions.TCP_KEEP_ALIVE)).isTrue();
            assertThat(configuration.get(SingleStoreOptions.PREPARE_CACHE_SIZE)).isEqualTo(7);
            assertThat(configuration.get(SingleStoreOptions.MAX_MESSAGE_SIZE)).isEqualTo(1L << 30);
        }

        @Test
        void builderSettersBeatUrlWhichBeatsEnvironmentWhateverTheCallOrder() {
            SingleStoreConnectionConfiguration configuration = SingleStoreConnectionConfiguration.builder()
                .fromEnvironment(env("SINGLESTOREDB_URL", "env-user:" + SECRET + "@env-host/envdb",
                    "SINGLESTOREDB_PIPELINE_LIMIT", "4", "SINGLESTOREDB_PREPARE_CACHE_SIZE", "7",
                    "SINGLESTOREDB_MAX_MESSAGE_SIZE", "4096"))
                .url("url-user@url-host?pipelineLimit=8&prepareCacheSize=9")
                .pipelineLimit(16)
                .build();

            assertThat(configuration.get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(16);
            assertThat(configuration.get(SingleStoreOptions.PREPARE_CACHE_SIZE)).isEqualTo(9);
            assertThat(configuration.get(SingleStoreOptions.MAX_MESSAGE_SIZE)).isEqualTo(4096);
            assertThat(configuration.getHosts().get(0).host()).isEqualTo("url-host");
            assertThat(configuration.get(SingleStoreOptions.USER)).isEqualTo("url-user");
            // The environment's URL names another server, so its credentials are not used.
            assertThat(configuration.get(SingleStoreOptions.PASSWORD)).isNull();
            assertThat(configuration.get(SingleStoreOptions.DATABASE)).isNull();
        }

        @Test
        void ownVariableBeatsTheEnvironmentUrl() {
            SingleStoreConnectionConfiguration configuration = configuration(driverOnly().build(),
                env("SINGLESTOREDB_URL", "singlestoredb://u:pw@h:3307/db", "SINGLESTOREDB_PORT", "3400",
                    "SINGLESTOREDB_DATABASE", "other"));

            assertThat(configuration.getHosts().get(0).port()).isEqualTo(3400);
            assertThat(configuration.get(SingleStoreOptions.DATABASE)).isEqualTo("other");
            assertThat(configuration.getHosts().get(0).host()).isEqualTo("h");
        }

        @Test
        void environmentUrlCredentialsAreNotSentToAnExplicitHost() {
            ConnectionFactoryOptions options = driverOnly().option(HOST, "elsewhere").build();

            assertThatThrownBy(() -> configuration(options, env("SINGLESTOREDB_URL", "me:" + SECRET + "@s2host/db")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'user' is required");
        }

        @Test
        void tlsSwitchesResolveByLevelThenSslModeSslSslDisabled() {
            assertThat(OptionResolver.resolve(Map.of(), env("SINGLESTOREDB_SSL_DISABLED", "1")).get(SingleStoreOptions.SSL_MODE))
                .isEqualTo(SslMode.DISABLED);
            assertThat(OptionResolver.resolve(Map.of("ssl", true), env("SINGLESTOREDB_SSL_DISABLED", "1"))
                .get(SingleStoreOptions.SSL_MODE)).isEqualTo(SslMode.REQUIRED);
            assertThat(OptionResolver.resolve(Map.of("ssl", false, "sslMode", "VERIFY_CA"), NO_ENV).get(SingleStoreOptions.SSL_MODE))
                .isEqualTo(SslMode.VERIFY_CA);
            assertThat(OptionResolver.resolve(Map.of("ssl_disabled", "off"), NO_ENV).get(SingleStoreOptions.SSL_MODE))
                .isEqualTo(SslMode.PREFERRED);
            assertThat(OptionResolver.resolve(Map.of(), NO_ENV).get(SingleStoreOptions.SSL_MODE)).isEqualTo(SslMode.PREFERRED);
        }
    }

    @Nested
    class EnvironmentOnly {

        private final Function<String, String> environment = env("SINGLESTOREDB_URL",
            "singlestoredb://me:p%40ss@s2host.com:3307/mydb?multi_statements=on&connect_timeout=5");

        @Test
        void driverOnlyOptionsConnectWhereSingleStoreDbUrlPoints() {
            SingleStoreConnectionConfiguration configuration = configuration(driverOnly().build(), this.environment);

            assertThat(configuration.getHosts().get(0).host()).isEqualTo("s2host.com");
            assertThat(configuration.getHosts().get(0).port()).isEqualTo(3307);
            assertThat(configuration.get(SingleStoreOptions.USER)).isEqualTo("me");
            assertThat(configuration.get(SingleStoreOptions.PASSWORD).toString()).isEqualTo("p@ss");
            assertThat(configuration.get(SingleStoreOptions.DATABASE)).isEqualTo("mydb");
            assertThat(configuration.get(SingleStoreOptions.ALLOW_MULTI_QUERIES)).isTrue();
            assertThat(configuration.get(SingleStoreOptions.CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(5));
        }

        @Test
        void theFactoryAndTheBuilderHaveEnvironmentEntryPoints() {
            SingleStoreConnectionFactory factory = SingleStoreConnectionFactory.fromEnvironment(this.environment);
            SingleStoreConnectionConfiguration built = SingleStoreConnectionConfiguration.builder()
                .fromEnvironment(this.environment).build();

            assertThat(factory.getConfiguration().getHosts().get(0).host()).isEqualTo("s2host.com");
            assertThat(built.getHosts().get(0).host()).isEqualTo("s2host.com");
            assertThat(built.get(SingleStoreOptions.PASSWORD).toString()).isEqualTo("p@ss");
            assertThat(built.toString()).isEqualTo(factory.getConfiguration().toString());
        }

        @Test
        void anR2dbcUrlWithAnEmptyAuthorityReliesOnTheEnvironment() {
            SingleStoreConnectionConfiguration configuration = configuration(
                ConnectionFactoryOptions.parse("r2dbc:singlestore:///?pipelineLimit=2"), this.environment);

            assertThat(configuration.getHosts().get(0).host()).isEqualTo("s2host.com");
            assertThat(configuration.get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(2);
        }

        @Test
        void individualVariablesAloneAreEnoughToo() {
            SingleStoreConnectionFactory factory = SingleStoreConnectionFactory.fromEnvironment(env(
                "SINGLESTOREDB_HOST", "db", "SINGLESTOREDB_USER", "u", "SINGLESTOREDB_PASSWORD", SECRET,
                "SINGLESTOREDB_STATEMENT_TIMEOUT", "30s", "SINGLESTOREDB_LOCK_WAIT_TIMEOUT", "PT5S"));

            assertThat(factory.getConfiguration().getHosts().get(0).host()).isEqualTo("db");
            assertThat(factory.getConfiguration().get(SingleStoreOptions.STATEMENT_TIMEOUT)).isEqualTo(Duration.ofSeconds(30));
            assertThat(factory.getConfiguration().get(SingleStoreOptions.LOCK_WAIT_TIMEOUT)).isEqualTo(Duration.ofSeconds(5));
        }

        @Test
        void hostVariableMayHoldAUrlAndWinsOverSingleStoreDbUrl() {
            SingleStoreConnectionConfiguration configuration = configuration(driverOnly().build(), env(
                "SINGLESTOREDB_HOST", "a:b@host-var:3310/hv", "SINGLESTOREDB_URL", "c:d@url-var/uv"));

            assertThat(configuration.getHosts().get(0).host()).isEqualTo("host-var");
            assertThat(configuration.getHosts().get(0).port()).isEqualTo(3310);
            assertThat(configuration.get(SingleStoreOptions.USER)).isEqualTo("a");
            assertThat(configuration.get(SingleStoreOptions.DATABASE)).isEqualTo("hv");
        }

        @Test
        void variablesAreAlsoFoundWithoutUnderscoresAndEmptyOnesAreUnset() {
            SingleStoreConnectionConfiguration configuration = configuration(driverOnly().build(), env(
                "SINGLESTOREDBHOST", "h", "SINGLESTOREDB_USER", "u", "SINGLESTOREDB_PORT", ""));

            assertThat(configuration.getHosts().get(0).host()).isEqualTo("h");
            assertThat(configuration.getHosts().get(0).port()).isEqualTo(3306);
        }

        @Test
        void noHostAnywhereFailsNamingTheVariables() {
            assertThatThrownBy(() -> SingleStoreConnectionFactory.fromEnvironment(NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'host'")
                .hasMessageContaining("SINGLESTOREDB_URL");
        }

        @Test
        void pythonOnlyOptionsReachTheConfiguration() {
            SingleStoreConnectionConfiguration configuration = configuration(driverOnly().build(), env(
                "SINGLESTOREDB_URL", "u@h?ssl_ca=/etc/ca.pem&program_name=etl&conn_attrs=team:data",
                "SINGLESTOREDB_NAN_AS_NULL", "yes", "SINGLESTOREDB_INF_AS_NULL", "enabled",
                "SINGLESTOREDB_SSL_DISABLED", "true", "SINGLESTOREDB_WORKLOAD_TYPE", "InteractiveNotebook",
                "SINGLESTOREDB_VECTOR_DATA_FORMAT", "json", "SINGLESTOREDB_ENABLE_EXTENDED_DATA_TYPES", "off",
                "SINGLESTOREDB_FUSION_ENABLED", "1"));

            assertThat(configuration.get(SingleStoreOptions.SSL_CA)).isEqualTo(Path.of("/etc/ca.pem"));
            assertThat(configuration.get(SingleStoreOptions.SSL_MODE)).isEqualTo(SslMode.DISABLED);
            assertThat(configuration.get(SingleStoreOptions.PROGRAM_NAME)).isEqualTo("etl");
            assertThat(configuration.get(SingleStoreOptions.WORKLOAD_TYPE)).isEqualTo("InteractiveNotebook");
            assertThat(configuration.get(SingleStoreOptions.CONNECTION_ATTRIBUTES)).containsEntry("team", "data");
            assertThat(configuration.get(SingleStoreOptions.NAN_AS_NULL)).isTrue();
            assertThat(configuration.get(SingleStoreOptions.INF_AS_NULL)).isTrue();
            assertThat(configuration.get(SingleStoreOptions.FUSION_ENABLED)).isTrue();
            assertThat(configuration.get(SingleStoreOptions.VECTOR_DATA_FORMAT)).isEqualTo(VectorDataFormat.JSON);
            assertThat(configuration.get(SingleStoreOptions.ENABLE_EXTENDED_DATA_TYPES)).isFalse();
        }

        @Test
        void statementTimeoutModeComesFromTheUrlOrTheEnvironmentAndDefaultsToAuto() {
            assertThat(configuration(driverOnly().build(), env("SINGLESTOREDB_URL", "u@h?statementTimeoutMode=client"))
                .get(SingleStoreOptions.STATEMENT_TIMEOUT_MODE)).isEqualTo(StatementTimeoutMode.CLIENT);
            assertThat(configuration(driverOnly().build(), env("SINGLESTOREDB_URL", "u@h",
                "SINGLESTOREDB_STATEMENT_TIMEOUT_MODE", "Client")).get(SingleStoreOptions.STATEMENT_TIMEOUT_MODE))
                .isEqualTo(StatementTimeoutMode.CLIENT);
            assertThat(configuration(driverOnly().build(), env("SINGLESTOREDB_URL", "u@h")).get(SingleStoreOptions.STATEMENT_TIMEOUT_MODE))
                .isEqualTo(StatementTimeoutMode.AUTO);
        }

        @Test
        void anUnknownStatementTimeoutModeIsRejectedNamingTheChoices() {
            assertThatThrownBy(() -> configuration(driverOnly().build(), env("SINGLESTOREDB_URL",
                "u@h?statementTimeoutMode=server")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'statementTimeoutMode'")
                .hasMessageContaining("one of AUTO, CLIENT");
        }

        @Test
        void jwtCredentialsNeedNoUserAndDefaultItToStar() {
            SingleStoreConnectionConfiguration configuration = configuration(driverOnly().build(), env(
                "SINGLESTOREDB_HOST", "h", "SINGLESTOREDB_CREDENTIAL_TYPE", "JWT", "SINGLESTOREDB_PASSWORD", SECRET));

            assertThat(configuration.get(SingleStoreOptions.USER)).isEqualTo("*");
            assertThat(configuration.get(SingleStoreOptions.CREDENTIAL_TYPE)).isEqualTo(CredentialType.JWT);
            assertThat(configuration.toString()).doesNotContain(SECRET);
        }

        @Test
        void browserSsoIsRejectedPointingToJwt() {
            assertThatThrownBy(() -> configuration(driverOnly().build(), env("SINGLESTOREDB_URL",
                "u@h?credential_type=browser_sso")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'credentialType'")
                .hasMessageContaining("BROWSER_SSO is not supported");
        }

        @Test
        void aPasswordPublisherGivenAsTextIsRejected() {
            assertThatThrownBy(() -> configuration(driverOnly().option(HOST, "h").option(USER, "u")
                .option(io.r2dbc.spi.Option.valueOf("passwordPublisher"), "not-a-publisher").build(), NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'passwordPublisher'")
                .hasMessageNotContaining("not-a-publisher");
        }

        @Test
        void builderSettingsSurviveAUrlAndTheEnvironment() {
            SingleStoreConnectionConfiguration configuration = SingleStoreConnectionConfiguration.builder()
                .url("r2dbc:singlestore://u@h/db").fromEnvironment(name -> name.equals("SINGLESTOREDB_VECTOR_DATA_FORMAT")
                    ? "json" : null)
                .vectorDataFormat(VectorDataFormat.BINARY).enableExtendedDataTypes(false)
                .statementTimeoutMode(StatementTimeoutMode.CLIENT).build();

            assertThat(configuration.get(SingleStoreOptions.VECTOR_DATA_FORMAT)).isEqualTo(VectorDataFormat.BINARY);
            assertThat(configuration.get(SingleStoreOptions.ENABLE_EXTENDED_DATA_TYPES)).isFalse();
            assertThat(configuration.get(SingleStoreOptions.STATEMENT_TIMEOUT_MODE)).isEqualTo(StatementTimeoutMode.CLIENT);
        }

        @Test
        void optionsNotGivenTakeTheirDefaults() {
            SingleStoreConnectionConfiguration configuration = configuration(driverOnly().build(),
                env("SINGLESTOREDB_URL", "u@h"));

            assertThat(configuration.get(SingleStoreOptions.VECTOR_DATA_FORMAT))
                .isEqualTo(SingleStoreOptions.descriptor(SingleStoreOptions.VECTOR_DATA_FORMAT).defaultValue());
            assertThat(configuration.get(SingleStoreOptions.NAN_AS_NULL)).isFalse();
        }
    }

    @Nested
    class Registry {

        @Test
        void everyOptionHasAnEnvironmentVariableADescriptionAndUniqueNames() {
            Set<String> names = new HashSet<>();
            Set<String> variables = new HashSet<>();
            for (OptionDescriptor<?> descriptor : SingleStoreOptions.descriptors()) {
                if (descriptor.isProgrammatic()) {
                    assertThat(descriptor.environmentVariable()).as(descriptor.name()).isNull();
                    continue;
                }
                assertThat(descriptor.environmentVariable()).startsWith("SINGLESTOREDB_");
                assertThat(variables.add(descriptor.environmentVariable())).as(descriptor.name()).isTrue();
                assertThat(descriptor.description()).as(descriptor.name()).isNotBlank();
                assertThat(names.add(descriptor.name().toLowerCase(Locale.ROOT))).isTrue();
                descriptor.aliases().forEach(alias -> assertThat(names.add(alias.toLowerCase(Locale.ROOT))).isTrue());
                if (descriptor.defaultValue() != null) {
                    assertThat(descriptor.type()).isAssignableFrom(descriptor.defaultValue().getClass());
                }
            }
        }

        @Test
        void coversTheProviderOptionsAndThePythonVariables() {
            assertThat(SingleStoreOptions.descriptors()).extracting(OptionDescriptor::name).contains("host", "port", "user",
                "password", "database", "connectTimeout", "ssl", "sslMode", "sslCa", "statementTimeout",
                "lockWaitTimeout", "useServerPrepStmts", "prepareCacheSize", "allowMultiQueries",
                "rewriteBatchedInserts", "useBulkStmts", "tcpNoDelay", "tcpKeepAlive", "allowPublicKeyRetrieval",
                "pipelineLimit",
                "cancelKillThreshold", "serverZoneId", "connectionAttributes", "maxMessageSize", "url",
                "programName", "workloadType", "nanAsNull", "infAsNull", "enableExtendedDataTypes",
                "vectorDataFormat", "sslDisabled");
            assertThat(SingleStoreOptions.descriptors()).extracting(OptionDescriptor::environmentVariable).contains(
                "SINGLESTOREDB_URL", "SINGLESTOREDB_HOST", "SINGLESTOREDB_PORT", "SINGLESTOREDB_USER",
                "SINGLESTOREDB_PASSWORD", "SINGLESTOREDB_DATABASE", "SINGLESTOREDB_CONNECT_TIMEOUT",
                "SINGLESTOREDB_MULTI_STATEMENTS", "SINGLESTOREDB_SSL_CA", "SINGLESTOREDB_SSL_DISABLED",
                "SINGLESTOREDB_PROGRAM_NAME", "SINGLESTOREDB_CONN_ATTRS", "SINGLESTOREDB_WORKLOAD_TYPE",
                "SINGLESTOREDB_NAN_AS_NULL", "SINGLESTOREDB_INF_AS_NULL",
                "SINGLESTOREDB_ENABLE_EXTENDED_DATA_TYPES", "SINGLESTOREDB_VECTOR_DATA_FORMAT",
                "SINGLESTOREDB_FUSION_ENABLED");
        }

        @Test
        void defaultsMatchTheBuilder() {
            SingleStoreConnectionConfiguration defaults = SingleStoreConnectionConfiguration.builder().user("u").build();

            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.PORT).defaultValue()).isEqualTo(defaults.getHosts().get(0).port());
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.CONNECT_TIMEOUT).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.CONNECT_TIMEOUT));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.SSL_MODE).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.SSL_MODE));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.USE_SERVER_PREP_STMTS).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.USE_SERVER_PREP_STMTS));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.PREPARE_CACHE_SIZE).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.PREPARE_CACHE_SIZE));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.ALLOW_MULTI_QUERIES).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.ALLOW_MULTI_QUERIES));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.REWRITE_BATCHED_INSERTS).defaultValue())
                .isEqualTo(defaults.get(SingleStoreOptions.REWRITE_BATCHED_INSERTS));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.USE_BULK_STMTS).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.USE_BULK_STMTS));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.TCP_NO_DELAY).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.TCP_NO_DELAY));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.TCP_KEEP_ALIVE).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.TCP_KEEP_ALIVE));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.ALLOW_PUBLIC_KEY_RETRIEVAL).defaultValue())
                .isEqualTo(defaults.get(SingleStoreOptions.ALLOW_PUBLIC_KEY_RETRIEVAL));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.PIPELINE_LIMIT).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.PIPELINE_LIMIT));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.CANCEL_KILL_THRESHOLD).defaultValue())
                .isEqualTo(defaults.get(SingleStoreOptions.CANCEL_KILL_THRESHOLD));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.MAX_MESSAGE_SIZE).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.MAX_MESSAGE_SIZE));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.NAN_AS_NULL).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.NAN_AS_NULL));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.INF_AS_NULL).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.INF_AS_NULL));
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.FUSION_ENABLED).defaultValue()).isEqualTo(defaults.get(SingleStoreOptions.FUSION_ENABLED));
            assertThat(defaults.get(SingleStoreOptions.STATEMENT_INTERCEPTORS)).isEmpty();
        }

        @Test
        void aliasesFindTheirOption() {
            assertThat(SingleStoreOptions.find("multi_statements").map(d -> (Object) d.option())).contains(SingleStoreOptions.ALLOW_MULTI_QUERIES);
            assertThat(SingleStoreOptions.find("conn_attrs").map(d -> (Object) d.option())).contains(SingleStoreOptions.CONNECTION_ATTRIBUTES);
            assertThat(SingleStoreOptions.find("fusion.enabled").map(d -> (Object) d.option())).contains(SingleStoreOptions.FUSION_ENABLED);
            assertThat(SingleStoreOptions.find("nope")).isEmpty();
        }
    }

    @Nested
    class ServerRsaPublicKeyFile {

        @Test
        void theKeyFileIsReadWhenTheConfigurationIsBuilt(@org.junit.jupiter.api.io.TempDir Path directory)
            throws Exception {
            Path file = java.nio.file.Files.writeString(directory.resolve("key.pem"), "-----BEGIN PUBLIC KEY-----\n");

            SingleStoreConnectionConfiguration configuration = SingleStoreConnectionConfiguration.builder().user("u")
                .url("r2dbc:singlestore://h/db?serverRsaPublicKeyFile=" + file).build();

            assertThat(configuration.get(SingleStoreOptions.SERVER_RSA_PUBLIC_KEY_FILE)).isEqualTo(file);
            assertThat(configuration.settings().serverRsaPublicKey()).asString().isEqualTo("-----BEGIN PUBLIC KEY-----\n");
        }

        @Test
        void aMissingKeyFileFailsTheConfigurationNamingTheOption(@org.junit.jupiter.api.io.TempDir Path directory) {
            Path missing = directory.resolve("missing.pem");

            assertThatThrownBy(() -> SingleStoreConnectionConfiguration.builder().user("u").host("h")
                .serverRsaPublicKeyFile(missing).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serverRsaPublicKeyFile")
                .hasMessageContaining(missing.toString());
        }

        @Test
        void noKeyFileMeansNoKey() {
            SingleStoreConnectionConfiguration configuration = SingleStoreConnectionConfiguration.builder().user("u")
                .host("h").build();

            assertThat(configuration.settings().serverRsaPublicKey()).isNull();
        }
    }
}
