/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How variable values shown by the server become Java values.
 */
final class VariableValuesTests {

    @ParameterizedTest
    @ValueSource(strings = {"ON", "on", "TRUE", "true"})
    void onAndTrueAreTrue(String text) {
        assertThat(VariableValues.parse(text)).isEqualTo(Boolean.TRUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OFF", "off", "FALSE", "False"})
    void offAndFalseAreFalse(String text) {
        assertThat(VariableValues.parse(text)).isEqualTo(Boolean.FALSE);
    }

    @Test
    void integersAreLongs() {
        assertThat(VariableValues.parse("16777216")).isEqualTo(16777216L);
        assertThat(VariableValues.parse("-1")).isEqualTo(-1L);
    }

    @Test
    void integersBeyondLongAreBigIntegers() {
        assertThat(VariableValues.parse("18446744073709551615")).isEqualTo(new BigInteger("18446744073709551615"));
    }

    @Test
    void decimalsAreBigDecimals() {
        assertThat(VariableValues.parse("10.000000")).isEqualTo(new BigDecimal("10.000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION", "10.11.6-MariaDB", "1e10", "utf8mb4"})
    void everythingElseStaysText(String text) {
        assertThat(VariableValues.parse(text)).isEqualTo(text);
    }

    @Test
    void nullStaysNull() {
        assertThat(VariableValues.parse(null)).isNull();
    }
}
