/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.api.OptionDescriptor;
import dev.s2r.driver.api.SingleStoreOptions;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Option names match case-insensitively wherever they appear, and only the environment variables the options table
 * lists are read: programmatic options have none.
 */
final class OptionNamesTests {

    private static final Function<String, String> NO_ENVIRONMENT = name -> null;

    private static SingleStoreConnectionConfiguration fromUrl(String url, Function<String, String> environment) {
        return new SingleStoreConnectionFactoryProvider(environment).create(ConnectionFactoryOptions.parse(url))
            .getConfiguration();
    }

    @Test
    void anR2dbcUrlQueryMatchesOptionNamesCaseInsensitively() {
        SingleStoreConnectionConfiguration configuration =
            fromUrl("r2dbc:singlestore://u@h/db?PIPELINELIMIT=8&TcpKeepAlive=true&Multi_Statements=on", NO_ENVIRONMENT);

        assertThat(configuration.get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(8);
        assertThat(configuration.get(SingleStoreOptions.TCP_KEEP_ALIVE)).isTrue();
        assertThat(configuration.get(SingleStoreOptions.ALLOW_MULTI_QUERIES)).isTrue();
    }

    @Test
    void aBuilderUrlQueryMatchesOptionNamesCaseInsensitively() {
        assertThat(SingleStoreConnectionConfiguration.builder().url("r2dbc:singlestore://u@h/db?pipelinelimit=4")
            .build().get(SingleStoreOptions.PIPELINE_LIMIT)).isEqualTo(4);
    }

    @Test
    void variablesOfProgrammaticOptionsAreNotRead() {
        Map<String, String> environment = Map.of("SINGLESTOREDB_SSL_CONTEXT", "anything",
            "SINGLESTOREDB_OBSERVATION_REGISTRY", "anything", "SINGLESTOREDB_PASSWORD_PUBLISHER", "anything",
            "SINGLESTOREDB_STATEMENT_INTERCEPTORS", "anything");

        SingleStoreConnectionConfiguration configuration = fromUrl("r2dbc:singlestore://u@h/db", environment::get);

        assertThat(configuration.get(SingleStoreOptions.SSL_CONTEXT)).isNull();
        assertThat(configuration.get(SingleStoreOptions.OBSERVATION_REGISTRY)).isNull();
        assertThat(configuration.get(SingleStoreOptions.PASSWORD_PUBLISHER)).isNull();
        assertThat(configuration.get(SingleStoreOptions.STATEMENT_INTERCEPTORS)).isEmpty();
    }

    @Test
    void everyVariableReadIsTheOneItsOptionDeclares() {
        for (OptionDescriptor<?> option : SingleStoreOptions.descriptors()) {
            if (option.isProgrammatic()) {
                assertThat(option.environmentVariable()).as(option.name()).isNull();
            } else {
                assertThat(option.environmentVariable()).as(option.name()).startsWith("SINGLESTOREDB_");
            }
        }
    }

    @Test
    void aProgrammaticOptionCannotComeFromAUrl() {
        assertThatThrownBy(() -> SingleStoreConnectionConfiguration.builder()
            .url("r2dbc:singlestore://u@h/db?sslContext=x").build())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Unknown option 'sslContext'");
    }
}
