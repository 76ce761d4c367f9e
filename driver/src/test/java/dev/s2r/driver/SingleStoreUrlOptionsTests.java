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
 * The option registry, continued: every URL form and the transport it names, the Python SDK's boolean words,
 * validation, and error messages that name the option without repeating secrets. No test reads the real process
 * environment: every environment is a map.
 */
class SingleStoreUrlOptionsTests {

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
    class UrlForms {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "r2dbc:singlestore://me:p455w0rd@s2host.com:3307/mydb",
            "singlestoredb://me:p455w0rd@s2host.com:3307/mydb",
            "singlestoredb+mysql://me:p455w0rd@s2host.com:3307/mydb",
            "mysql://me:p455w0rd@s2host.com:3307/mydb",
            "MySQL://me:p455w0rd@s2host.com:3307/mydb/ignored",
            "me:p455w0rd@s2host.com:3307/mydb",
            "//me:p455w0rd@s2host.com:3307/mydb#fragment"})
        void everyFormGivesTheSameParts(String url) {
            Map<String, Object> parts = new java.util.LinkedHashMap<>(ConnectionUrl.parse(url, "test").parts());
            parts.remove("transport");

            assertThat(parts).containsExactly(Map.entry("user", "me"), Map.entry("password", "p455w0rd"),
                Map.entry("host", "s2host.com"), Map.entry("port", 3307), Map.entry("database", "mydb"));
        }

        @Test
        void partsMayBeMissing() {
            assertThat(ConnectionUrl.parse("s2host.com:1000", "test").parts())
                .containsExactly(Map.entry("host", "s2host.com"), Map.entry("port", 1000));
            assertThat(ConnectionUrl.parse("host/db", "test").parts())
                .containsExactly(Map.entry("host", "host"), Map.entry("database", "db"));
            assertThat(ConnectionUrl.parse("singlestoredb://me:@host", "test").parts())
                .containsExactly(Map.entry("user", "me"), Map.entry("password", ""), Map.entry("host", "host"));
            assertThat(ConnectionUrl.parse("singlestoredb://[::1]:3308", "test").parts())
                .containsExactly(Map.entry("host", "::1"), Map.entry("port", 3308));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "mysql://me@h/db | MYSQL",
            "singlestoredb+mysql://me@h/db | MYSQL",
            "http://me@h/db | HTTP",
            "singlestoredb+https://me@h/db | HTTPS",
            "r2dbc:singlestore:https://me@h/db | HTTPS",
            "R2DBC:SingleStore:HTTP://me@h/db | HTTP"})
        void theSchemeNamesTheTransport(String url, Transport transport) {
            assertThat(ConnectionUrl.parse(url, "test").parts()).containsEntry("transport", transport)
                .containsEntry("host", "h").containsEntry("database", "db");
        }

        @Test
        void theDriversOwnSchemeLeavesTheTransportToTheOtherSources() {
            assertThat(ConnectionUrl.parse("singlestoredb://me@h/db", "test").parts()).doesNotContainKey("transport");
            assertThat(ConnectionUrl.parse("r2dbc:singlestore://me@h/db", "test").parts())
                .doesNotContainKey("transport");
        }

        @Test
        void aBareIpv6HostIsReadAsTheHostListReadsIt() {
            assertThat(ConnectionUrl.parse("r2dbc:singlestore://me@::1/db", "test").parts())
                .containsExactly(Map.entry("user", "me"), Map.entry("host", "::1"), Map.entry("database", "db"));
            assertThat(HostAndPort.parseList("::1", 3306)).containsExactly(HostAndPort.of("::1", 3306));
        }

        @Test
        void anUnclosedIpv6BracketInTheUrlIsRejected() {
            assertThatThrownBy(() -> ConnectionUrl.parse("r2dbc:singlestore://[::1:3306/db", "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an IPv6 address must end with ']'");
        }

        @Test
        void defaultPortIs3306() {
            SingleStoreConnectionConfiguration configuration = configuration(driverOnly().build(),
                env("SINGLESTOREDB_URL", "me@s2host.com/mydb"));

            assertThat(configuration.getHosts().get(0).port()).isEqualTo(3306);
        }

        @Test
        void queryIsDecodedAndTheLastValueWins() {
            ConnectionUrl parsed = ConnectionUrl.parse("h?a=1&b=x+y%26z&a=2&flag", "test");

            assertThat(parsed.query()).containsExactly(Map.entry("b", "x y&z"), Map.entry("a", "2"),
                Map.entry("flag", ""));
        }

        @Test
        void queryKeysMatchNamesAndPythonNamesCaseInsensitively() {
            Settings resolution = OptionResolver.resolve(Map.of(),
                env("SINGLESTOREDB_URL", "u@h?MULTI_STATEMENTS=1&PipelineLimit=3"));

            assertThat(resolution.get(SingleStoreOptions.ALLOW_MULTI_QUERIES)).isTrue();
            assertThat(resolution.get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(3);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "https://me:" + SECRET + "@h:foo/mydb | 'port'",
            "postgres://me:" + SECRET + "@h/db | scheme",
            "r2dbc:singlestore:ftp://me:" + SECRET + "@h/db | protocol",
            "r2dbc:postgresql://me:" + SECRET + "@h/db | another R2DBC driver",
            "me:" + SECRET + "@h:foo/mydb | 'port'",
            "me:" + SECRET + "%zz@h/db | %-escape",
            "me:" + SECRET + "@s2host.com:1000?bad_param=10 | bad_param"})
        void malformedUrlsAreRejectedWithoutTheirPassword(String url, String expected) {
            assertThatThrownBy(() -> OptionResolver.resolve(Map.of(), env("SINGLESTOREDB_URL", url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected)
                .hasMessageContaining("SINGLESTOREDB_URL")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
        }
    }

    @Nested
    class Booleans {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"on", "t", "true", "y", "yes", "enabled", "enable", "1", "ON", "True", " Yes "})
        void trueWords(String word) {
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.TCP_NO_DELAY).parse(word)).isTrue();
            assertThat(OptionResolver.resolve(Map.of(), env("SINGLESTOREDB_TCP_KEEP_ALIVE", word))
                .get(SingleStoreOptions.TCP_KEEP_ALIVE)).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"off", "f", "false", "n", "no", "disabled", "disable", "0", "OFF", "False", "No"})
        void falseWords(String word) {
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.TCP_NO_DELAY).parse(word)).isFalse();
            assertThat(OptionResolver.resolve(Map.of("tcpNoDelay", word), NO_ENV)
                .get(SingleStoreOptions.TCP_NO_DELAY)).isFalse();
        }

        @Test
        void booleansAndTheNumbersOneAndZero() {
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.TCP_NO_DELAY).parse(Boolean.TRUE)).isTrue();
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.TCP_NO_DELAY).parse(1)).isTrue();
            assertThat(SingleStoreOptions.descriptor(SingleStoreOptions.TCP_NO_DELAY).parse(0L)).isFalse();
        }

        @ParameterizedTest(name = "[{index}] ''{0}''")
        @ValueSource(strings = {"10", "2", "nein", "truee", "", "yess", "oui", "-1", "1.0"})
        void otherWordsAreRejectedNamingTheOption(String word) {
            assertThatThrownBy(() -> OptionResolver.resolve(Map.of(), env("SINGLESTOREDB_MULTI_STATEMENTS",
                word.isEmpty() ? " " : word)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'allowMultiQueries'")
                .hasMessageContaining("SINGLESTOREDB_MULTI_STATEMENTS")
                .hasMessageContaining("boolean");
            assertThatThrownBy(() -> SingleStoreOptions.descriptor(SingleStoreOptions.FUSION_ENABLED).parse(word))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fusionEnabled'");
        }
    }

    @Nested
    class Validation {

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource({
            "pipelineLimit, 0", "pipelineLimit, many", "prepareCacheSize, -1", "port, 70000", "port, http",
            "connectTimeout, soon", "connectTimeout, 0", "maxMessageSize, 10", "cancelKillThreshold, -5",
            "serverZoneId, Nowhere/Else", "sslMode, SOMETIMES", "connectionAttributes, novalue",
            "statementTimeout, 5min"})
        void typeErrorsNameTheOptionAtEveryLevel(String name, String value) {
            OptionDescriptor<?> descriptor = SingleStoreOptions.find(name).orElseThrow();

            assertThatThrownBy(() -> OptionResolver.resolve(Map.of(name, value), NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'");
            assertThatThrownBy(() -> OptionResolver.resolve(Map.of(), env(descriptor.environmentVariable(), value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining(descriptor.environmentVariable());
            assertThatThrownBy(() -> descriptor.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'");
        }

        @Test
        void pythonNameIsMentionedWhenItWasUsed() {
            assertThatThrownBy(() -> OptionResolver.resolve(Map.of("url", "h?multi_statements=perhaps"), NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'allowMultiQueries'")
                .hasMessageContaining("'multi_statements'")
                .hasMessageContaining("perhaps");
        }

        @Test
        void connectTimeoutIsSecondsUnderThePythonNameAndMillisecondsOtherwise() {
            assertThat(OptionResolver.resolve(Map.of("connect_timeout", "7"), NO_ENV)
                .get(SingleStoreOptions.CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(7));
            assertThat(OptionResolver.resolve(Map.of(), env("SINGLESTOREDB_CONNECT_TIMEOUT", "7"))
                .get(SingleStoreOptions.CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(7));
            assertThat(OptionResolver.resolve(Map.of("connectTimeout", "7"), NO_ENV)
                .get(SingleStoreOptions.CONNECT_TIMEOUT)).isEqualTo(Duration.ofMillis(7));
        }

        @Test
        void unknownOptionsAreRejectedAndPoolOptionsAccepted() {
            assertThatThrownBy(() -> OptionResolver.resolve(Map.of("noSuchOption", "1"), NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown option 'noSuchOption'");
            assertThatThrownBy(() -> configuration(driverOnly().option(HOST, "h").option(USER, "u")
                .option(Option.valueOf("charset"), "utf8").build(), NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'charset'");
            assertThat(configuration(driverOnly().option(HOST, "h").option(USER, "u")
                .option(Option.valueOf("maxSize"), 10).build(), NO_ENV).getHosts().get(0).host()).isEqualTo("h");
        }

        @Test
        void theSameOptionTwiceAtOneLevelIsRejected() {
            assertThatThrownBy(() -> OptionResolver.resolve(
                Map.of("allowMultiQueries", true, "multi_statements", false), NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("given twice");
        }

        @Test
        void unknownProtocolsAreRejected() {
            assertThatThrownBy(() -> configuration(
                ConnectionFactoryOptions.parse("r2dbc:singlestore:ftp://u@h/db"), NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Protocol");
        }

        @Test
        void theHttpProtocolsSelectTheDataApi() {
            assertThat(configuration(ConnectionFactoryOptions.parse("r2dbc:singlestore:https://u@h/db"), NO_ENV)
                .get(SingleStoreOptions.TRANSPORT)).isEqualTo(Transport.HTTPS);
        }
    }

    @Nested
    class Secrets {

        @Test
        void passwordsNeverAppearInToString() {
            ConnectionFactoryOptions options = driverOnly().option(HOST, "h").option(USER, "u")
                .option(PASSWORD, SECRET).build();
            Settings resolution = OptionResolver.resolve(options, env("SINGLESTOREDB_URL", "x:" + SECRET + "@h"));
            SingleStoreConnectionFactory factory = new SingleStoreConnectionFactoryProvider(NO_ENV).create(options);

            assertThat(resolution.toString()).doesNotContain(SECRET).contains("password=***");
            assertThat(factory.getConfiguration().toString()).doesNotContain(SECRET);
            assertThat(factory.toString()).doesNotContain(SECRET);
            assertThat(SingleStoreConnectionConfiguration.builder().user("u").url("u:" + SECRET + "@h").build()
                .toString()).doesNotContain(SECRET);
        }

        @Test
        void secretOptionsAreDeclaredAsSuch() {
            assertThat(SingleStoreOptions.descriptors()).filteredOn(OptionDescriptor::isSecret)
                .extracting(OptionDescriptor::name).containsExactlyInAnyOrder("password", "passwordPublisher", "url");
        }

        @Test
        void errorsAboutTheEnvironmentUrlNeverQuoteIt() {
            assertThatThrownBy(() -> OptionResolver.resolve(Map.of(),
                env("SINGLESTOREDB_URL", "me:" + SECRET + "@h?pipelineLimit=zero")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pipelineLimit'")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
        }
    }
}
