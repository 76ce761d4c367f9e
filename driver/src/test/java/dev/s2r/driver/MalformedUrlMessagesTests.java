/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreOptions;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the driver says about a connection URL it cannot read. A password with an unencoded {@code @ : / ? #} cuts
 * the URL in the wrong places, so pieces of it land in the host, the port or the query; whichever way the URL is
 * given (an R2DBC URL, {@code SINGLESTOREDB_URL}, {@code SINGLESTOREDB_HOST}, {@code builder().url(...)}), no
 * message repeats any two consecutive characters of the password. (The R2DBC SPI's own parse errors, which quote
 * the URL, are out of the driver's hands: these URLs pass the SPI's parser.)
 */
class MalformedUrlMessagesTests {

    private static final Function<String, String> NO_ENV = name -> null;
    private static final String AFTER_PASSWORD = "@db.example.com/app";

    /** Passwords whose characters do not occur together in the driver's messages, so any leak would show. */
    private static final String[] PASSWORDS = {
        "Qz@Xj:Kv/Wq",   // the R2DBC SPI takes "Xj:Kv" for the host; the driver's parser "Xj" and port "Kv"
        "Qz/Xj",         // the host is "weird:Qz", a user and half a password
        "98799/Qz",      // a port of 98799
        "Qz,Xj:Kv/Wq",   // a list of two hosts, "weird:Qz" and "Xj:Kv"
        "Qz?Xj=Kv@Wq",   // the query holds the rest of the password as an unknown option
        "Qz#Xj",         // the rest is a fragment
    };

    private static void assertNoPartOf(String password, Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
            for (Throwable suppressed : t.getSuppressed()) {
                messages.add(String.valueOf(suppressed.getMessage()));
            }
        }
        for (int start = 0; start < password.length() - 1; start++) {
            for (int end = start + 2; end <= password.length(); end++) {
                String part = password.substring(start, end);
                assertThat(messages).as("messages holding '%s' of the password", part)
                    .noneMatch(message -> message.contains(part));
            }
        }
    }

    private static void assertRefusedWithoutThePassword(String password, Runnable reading) {
        assertThatThrownBy(reading::run)
            .isInstanceOf(IllegalArgumentException.class)
            .satisfies(e -> assertNoPartOf(password, e));
    }

    @Nested
    class NoPartOfThePassword {

        @Test
        void inAnR2dbcUrl() {
            for (String password : PASSWORDS) {
                String url = "r2dbc:singlestore://weird:" + password + AFTER_PASSWORD;
                assertRefusedWithoutThePassword(password, () -> new SingleStoreConnectionFactoryProvider(NO_ENV)
                    .create(ConnectionFactoryOptions.parse(url)));
            }
        }

        @ParameterizedTest(name = "scheme ''{0}''")
        @ValueSource(strings = {"singlestoredb://", "r2dbc:singlestore://", "mysql://", ""})
        void inTheUrlOption(String scheme) {
            for (String password : PASSWORDS) {
                String url = scheme + "weird:" + password + AFTER_PASSWORD;
                assertRefusedWithoutThePassword(password, () -> SingleStoreConnectionConfiguration.builder().url(url)
                    .build());
            }
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"SINGLESTOREDB_URL", "SINGLESTOREDB_HOST"})
        void inTheEnvironment(String variable) {
            for (String password : PASSWORDS) {
                String url = "singlestoredb://weird:" + password + AFTER_PASSWORD;
                assertRefusedWithoutThePassword(password, () -> SingleStoreConnectionFactory.fromEnvironment(
                    Map.of(variable, url)::get));
            }
        }

        @Test
        void inAHostListThatIsAMangledUrl() {
            assertRefusedWithoutThePassword("QzXj", () -> SingleStoreConnectionConfiguration.builder()
                .host("db1.example.com,weird:QzXj,db2.example.com").user("app").build());
        }
    }

    @Nested
    class ThePort {

        @Test
        void aHostWithoutAPortTakesItFromTheQueryOfAUrlOption() {
            SingleStoreConnectionConfiguration configuration = SingleStoreConnectionConfiguration.builder()
                .url("singlestoredb://app@db.example.com/shop?port=3307").build();

            assertThat(configuration.get(SingleStoreOptions.PORT)).isEqualTo(3307);
        }

        @Test
        void aPortInTheHostPartAndInTheQueryIsRefusedSayingWhere() {
            assertThatThrownBy(() -> SingleStoreConnectionConfiguration.builder()
                .url("singlestoredb://app@db.example.com:3306/shop?port=3307").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Option 'port' is given twice in the 'url' option")
                .hasMessageContaining("host:port")
                .hasMessageContaining("'?port='");
        }

        @Test
        void theEnvironmentsUrlSaysWhereTheTwoPortsAre() {
            assertThatThrownBy(() -> SingleStoreConnectionFactory.fromEnvironment(Map.of("SINGLESTOREDB_URL",
                "singlestoredb://app@db.example.com:3306/shop?port=3307")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("environment variable SINGLESTOREDB_URL")
                .hasMessageContaining("host:port")
                .hasMessageContaining("'?port='");
        }
    }
}
