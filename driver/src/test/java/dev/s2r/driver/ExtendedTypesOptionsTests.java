/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.VectorDataFormat;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The options {@code enableExtendedDataTypes} and {@code vectorDataFormat}: defaults, and parsing from URLs and
 * {@link ConnectionFactoryOptions}.
 */
class ExtendedTypesOptionsTests {

    private static final String URL = "r2dbc:singlestore://root@localhost/db";

    private final SingleStoreConnectionFactoryProvider provider = new SingleStoreConnectionFactoryProvider();

    @Test
    void extendedTypesAreEnabledWithTheBinaryProjectionByDefault() {
        SingleStoreConnectionConfiguration configuration = configuration(URL);

        assertThat(configuration.get(SingleStoreOptions.ENABLE_EXTENDED_DATA_TYPES)).isTrue();
        assertThat(configuration.get(SingleStoreOptions.VECTOR_DATA_FORMAT)).isEqualTo(VectorDataFormat.BINARY);
    }

    @Test
    void urlOptionsAreParsedCaseInsensitively() {
        SingleStoreConnectionConfiguration configuration =
            configuration(URL + "?enableExtendedDataTypes=off&vectorDataFormat=json");

        assertThat(configuration.get(SingleStoreOptions.ENABLE_EXTENDED_DATA_TYPES)).isFalse();
        assertThat(configuration.get(SingleStoreOptions.VECTOR_DATA_FORMAT)).isEqualTo(VectorDataFormat.JSON);
    }

    @Test
    void programmaticOptionsAcceptTheirJavaTypes() {
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(URL).mutate()
            .option(SingleStoreOptions.ENABLE_EXTENDED_DATA_TYPES, false)
            .option(SingleStoreOptions.VECTOR_DATA_FORMAT, VectorDataFormat.JSON)
            .build();

        SingleStoreConnectionConfiguration configuration = this.provider.create(options).getConfiguration();

        assertThat(configuration.get(SingleStoreOptions.ENABLE_EXTENDED_DATA_TYPES)).isFalse();
        assertThat(configuration.get(SingleStoreOptions.VECTOR_DATA_FORMAT)).isEqualTo(VectorDataFormat.JSON);
    }

    @Test
    void unknownVectorDataFormatIsRejectedWithTheAcceptedValues() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> configuration(URL + "?vectorDataFormat=xml"))
            .withMessage("Option 'vectorDataFormat' expects one of BINARY, JSON, got 'xml'");
    }

    @Test
    void nonBooleanEnableExtendedDataTypesIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> configuration(URL + "?enableExtendedDataTypes=maybe"))
            .withMessageContaining("Option 'enableExtendedDataTypes' expects a boolean");
    }

    private SingleStoreConnectionConfiguration configuration(String url) {
        return this.provider.create(ConnectionFactoryOptions.parse(url)).getConfiguration();
    }
}
