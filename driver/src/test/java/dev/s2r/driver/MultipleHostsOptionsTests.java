/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.HaMode;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.internal.options.ConnectionUrl;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.s2r.driver.test.Throwables.stackTrace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several hosts in URLs, options, the environment and the builder: ports, IPv6, default ports, the HA mode from the
 * protocol slot or the {@code haMode} option, and clear errors for malformed lists that never show the password.
 */
class MultipleHostsOptionsTests {

    private static final String SECRET = "Sup3r-S3cret-Pw";
    private static final Function<String, String> NO_ENV = name -> null;

    private static SingleStoreConnectionConfiguration fromUrl(String url) {
        return new SingleStoreConnectionFactoryProvider(NO_ENV).create(ConnectionFactoryOptions.parse(url))
            .getConfiguration();
    }

    private static HostAndPort at(String host, int port) {
        return HostAndPort.of(host, port);
    }

    @Nested
    class HostLists {

        @Test
        void entriesKeepTheirOwnPortsAndTheOthersTakeTheDefault() {
            assertThat(HostAndPort.parseList("h1:3307,h2, h3:1", 3306))
                .containsExactly(at("h1", 3307), at("h2", 3306), at("h3", 1));
        }

        @Test
        void ipv6AddressesTakeAPortOnlyInBrackets() {
            assertThat(HostAndPort.parseList("[::1]:3307,[fe80::2],::3", 3306))
                .containsExactly(at("::1", 3307), at("fe80::2", 3306), at("::3", 3306));
        }

        @Test
        void anIpv6AddressIsPrintedInBrackets() {
            assertThat(at("[::1]", 3306)).hasToString("[::1]:3306").isEqualTo(at("::1", 3306));
            assertThat(HostAndPort.format(List.of(at("::1", 3307), at("h", 3306)))).isEqualTo("[::1]:3307,h:3306");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "h1,,h2 | a host must not be empty (entry 2 of 3)",
            "h1, | a host must not be empty (entry 2 of 2)",
            ":3306 | a host must not be empty",
            "h1:33x6 | a port must be a number between 1 and 65535",
            "h1:3306,h2:70000 | a port must be a number between 1 and 65535 (entry 2 of 2)",
            "h1:0 | a port must be a number between 1 and 65535",
            "[::1:3306 | an IPv6 address must end with ']'",
            "[::1]x | only ':port' may follow"})
        void malformedListsNameTheFaultyEntryByItsPositionOnly(String list, String expected) {
            assertThatThrownBy(() -> HostAndPort.parseList(list, 3306))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(list));
        }

        @Test
        void aListThatLooksLikeAUrlIsNotRepeated() {
            assertThatThrownBy(() -> HostAndPort.parseList("me:" + SECRET + "@h1,h2", 3306))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without '@' or '/'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        }
    }

    @Nested
    class R2dbcUrls {

        @Test
        void theSpiHandsTheWholeListOverAsTheHost() {
            SingleStoreConnectionConfiguration configuration =
                fromUrl("r2dbc:singlestore://u:" + SECRET + "@h1:3306,h2:3307,h3/db");

            assertThat(configuration.getHosts()).containsExactly(at("h1", 3306), at("h2", 3307), at("h3", 3306));
            assertThat(configuration.getHosts().get(0).host()).isEqualTo("h1");
            assertThat(configuration.getHosts().get(0).port()).isEqualTo(3306);
            assertThat(configuration.get(SingleStoreOptions.HA_MODE)).isEqualTo(HaMode.SEQUENTIAL);
            assertThat(configuration.get(SingleStoreOptions.DATABASE)).isEqualTo("db");
        }

        @Test
        void hostsWithoutAPortTakeThePortOption() {
            ConnectionFactoryOptions options = ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "singlestore").option(ConnectionFactoryOptions.USER, "u")
                .option(ConnectionFactoryOptions.HOST, "h1,h2:3310").option(ConnectionFactoryOptions.PORT, 3400)
                .build();

            assertThat(new SingleStoreConnectionFactoryProvider(NO_ENV).create(options).getConfiguration()
                .getHosts()).containsExactly(at("h1", 3400), at("h2", 3310));
        }

        @Test
        void aSingleHostKeepsItsPort() {
            SingleStoreConnectionConfiguration configuration = fromUrl("r2dbc:singlestore://u@h1:3310/db");

            assertThat(configuration.getHosts()).containsExactly(at("h1", 3310));
            assertThat(configuration.toString()).doesNotContain("hosts=");
        }

        @Test
        void aHostNameTheUriClassRejectsStillGetsItsPort() {
            // java.net.URI does not parse "my_host" as a server, so the SPI passes "my_host:3310" as the host.
            assertThat(fromUrl("r2dbc:singlestore://u@my_host:3310/db").getHosts()).containsExactly(at("my_host", 3310));
        }

        @Test
        void aSingleBracketedIpv6HostLosesItsBrackets() {
            assertThat(fromUrl("r2dbc:singlestore://u@[::1]:3310/db").getHosts()).containsExactly(at("::1", 3310));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "loadbalance | LOADBALANCE", "load-balance | LOADBALANCE", "LoadBalance | LOADBALANCE",
            "sequential | SEQUENTIAL", "failover | SEQUENTIAL"})
        void theProtocolSlotNamesTheMode(String protocol, HaMode mode) {
            assertThat(fromUrl("r2dbc:singlestore:" + protocol + "://u@h1,h2/db").get(SingleStoreOptions.HA_MODE)).isEqualTo(mode);
        }

        @Test
        void theHaModeOptionNamesTheModeToo() {
            assertThat(fromUrl("r2dbc:singlestore://u@h1,h2/db?haMode=loadbalance").get(SingleStoreOptions.HA_MODE))
                .isEqualTo(HaMode.LOADBALANCE);
        }

        @Test
        void theModeCannotBeGivenTwice() {
            assertThatThrownBy(() -> fromUrl("r2dbc:singlestore:loadbalance://u@h1,h2/db?haMode=sequential"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'haMode' is given twice");
        }

        @Test
        void theDataApiTakesOneHost() {
            assertThatThrownBy(() -> SingleStoreConnectionFactory.from(
                    fromUrl("r2dbc:singlestore:https://u:" + SECRET + "@h1,h2/db")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one host")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
        }

        @Test
        void anUnknownProtocolListsTheModes() {
            assertThatThrownBy(() -> fromUrl("r2dbc:singlestore:replication://u:" + SECRET + "@h1,h2/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Protocol 'replication' is not supported")
                .hasMessageContaining("loadbalance")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"h1,,h2", "h1:3306,h2:x", "h1,h2:99999"})
        void aMalformedListFailsNamingTheHostOptionWithoutThePassword(String hosts) {
            assertThatThrownBy(() -> fromUrl("r2dbc:singlestore://me:" + SECRET + "@" + hosts + "/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Option 'host'")
                .hasMessageContaining("entry 2")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
        }
    }

    @Nested
    class OtherUrlsAndTheEnvironment {

        @Test
        void theUrlOptionTakesAListAndAProtocol() {
            SingleStoreConnectionConfiguration configuration = SingleStoreConnectionConfiguration.builder()
                .url("r2dbc:singlestore:loadbalance://u:" + SECRET + "@[::1]:3307,h2/db").build();

            assertThat(configuration.getHosts()).containsExactly(at("::1", 3307), at("h2", 3306));
            assertThat(configuration.get(SingleStoreOptions.HA_MODE)).isEqualTo(HaMode.LOADBALANCE);
        }

        @Test
        void pythonStyleUrlsTakeAListToo() {
            ConnectionUrl url = ConnectionUrl.parse("singlestoredb://u:" + SECRET + "@h1:3306,h2:3307/db", "test");

            assertThat(url.parts()).containsEntry("host", "h1:3306,h2:3307").doesNotContainKey("port");
        }

        @Test
        void anUnknownProtocolInTheUrlOptionIsRejectedWithoutThePassword() {
            assertThatThrownBy(() -> ConnectionUrl.parse("r2dbc:singlestore:mirror://u:" + SECRET + "@h1/db",
                "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported protocol")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
        }

        @Test
        void environmentVariablesSetTheHostsAndTheHaOptions() {
            Map<String, String> environment = Map.of("SINGLESTOREDB_HOST", "h1:3306,h2:3307",
                "SINGLESTOREDB_USER", "u", "SINGLESTOREDB_HA_MODE", "load-balance",
                "SINGLESTOREDB_HOST_DENY_DURATION", "5s", "SINGLESTOREDB_RETRIES_ALL_DOWN", "7");

            SingleStoreConnectionConfiguration configuration =
                SingleStoreConnectionFactory.fromEnvironment(environment::get).getConfiguration();

            assertThat(configuration.getHosts()).containsExactly(at("h1", 3306), at("h2", 3307));
            assertThat(configuration.get(SingleStoreOptions.HA_MODE)).isEqualTo(HaMode.LOADBALANCE);
            assertThat(configuration.get(SingleStoreOptions.HOST_DENY_DURATION)).isEqualTo(Duration.ofSeconds(5));
            assertThat(configuration.get(SingleStoreOptions.RETRIES_ALL_DOWN)).isEqualTo(7);
        }

        @Test
        void theDenyDurationHasTheJdbcDriversNameAsAnAlias() {
            assertThat(fromUrl("r2dbc:singlestore://u@h1,h2/db?hostBlacklistDuration=2s").get(SingleStoreOptions.HOST_DENY_DURATION))
                .isEqualTo(Duration.ofSeconds(2));
        }

        @Test
        void theDefaultsAreSequentialSixtySecondsAndThreePasses() {
            SingleStoreConnectionConfiguration configuration = fromUrl("r2dbc:singlestore://u@h1,h2/db");

            assertThat(configuration.get(SingleStoreOptions.HA_MODE)).isEqualTo(SingleStoreOptions.descriptor(SingleStoreOptions.HA_MODE).defaultValue())
                .isEqualTo(HaMode.SEQUENTIAL);
            assertThat(configuration.get(SingleStoreOptions.HOST_DENY_DURATION))
                .isEqualTo(SingleStoreOptions.descriptor(SingleStoreOptions.HOST_DENY_DURATION).defaultValue()).isEqualTo(Duration.ofSeconds(60));
            assertThat(configuration.get(SingleStoreOptions.RETRIES_ALL_DOWN))
                .isEqualTo(SingleStoreOptions.descriptor(SingleStoreOptions.RETRIES_ALL_DOWN).defaultValue()).isEqualTo(3);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "haMode=random | 'haMode' from",
            "hostDenyDuration=-5s | 'hostDenyDuration'",
            "retriesAllDown=0 | 'retriesAllDown'"})
        void malformedHaOptionsNameTheOption(String query, String expected) {
            assertThatThrownBy(() -> SingleStoreConnectionConfiguration.builder()
                .url("r2dbc:singlestore://u:" + SECRET + "@h1,h2/db?" + query).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
        }
    }

    @Nested
    class Builder {

        @Test
        void hostsAndModeAreSetProgrammatically() {
            SingleStoreConnectionConfiguration configuration = SingleStoreConnectionConfiguration.builder().user("u")
                .hosts(List.of(at("h1", 3306), at("::1", 3307))).haMode(HaMode.LOADBALANCE)
                .hostDenyDuration(Duration.ofSeconds(1)).retriesAllDown(2).build();

            assertThat(configuration.getHosts()).containsExactly(at("h1", 3306), at("::1", 3307));
            assertThat(configuration.get(SingleStoreOptions.HA_MODE)).isEqualTo(HaMode.LOADBALANCE);
            assertThat(configuration.get(SingleStoreOptions.HOST_DENY_DURATION)).isEqualTo(Duration.ofSeconds(1));
            assertThat(configuration.get(SingleStoreOptions.RETRIES_ALL_DOWN)).isEqualTo(2);
            assertThat(configuration.toString()).contains("host=h1:3306,[::1]:3307", "haMode=LOADBALANCE");
        }

        @Test
        void theHostSetterTakesAListWhosePortlessEntriesUseThePortSetter() {
            assertThat(SingleStoreConnectionConfiguration.builder().user("u").host("h1,h2:3310").port(3400).build()
                .getHosts()).containsExactly(at("h1", 3400), at("h2", 3310));
        }

        @Test
        void settersWinOverTheUrlForTheHostsToo() {
            SingleStoreConnectionConfiguration configuration = SingleStoreConnectionConfiguration.builder()
                .url("r2dbc:singlestore:loadbalance://u@url1,url2/db").hosts(List.of(at("mine", 3300))).build();

            assertThat(configuration.getHosts()).containsExactly(at("mine", 3300));
            assertThat(configuration.get(SingleStoreOptions.HA_MODE)).isEqualTo(HaMode.LOADBALANCE);
        }

        @Test
        void badArgumentsAreRejectedAtOnce() {
            SingleStoreConnectionConfiguration.Builder builder = SingleStoreConnectionConfiguration.builder();

            assertThatThrownBy(() -> builder.host("h1,,h2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Option 'host' expects").hasMessageContaining("a host must not be empty");
            assertThatThrownBy(() -> builder.hosts(List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> builder.hostDenyDuration(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> builder.retriesAllDown(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> HostAndPort.of("h", 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
