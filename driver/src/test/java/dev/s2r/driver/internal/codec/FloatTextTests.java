/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's text of FLOAT and DOUBLE values, for binary-protocol rows. Every expected text is what MariaDB 10.11
 * sends in a text-protocol row for a column holding the value.
 */
class FloatTextTests {

    private static final int NO_SCALE = 31;

    @ParameterizedTest(name = "DOUBLE {0} is {1}")
    @CsvSource({
        "-474646154.719356, -474646154.719356",
        "0.1, 0.1",
        "100, 100",
        "1e20, 1e20",
        "1.5e-7, 0.00000015",
        "999999999999999, 999999999999999",
        "1e15, 1e15",
        "1234567890123456789, 1.2345678901234568e18",
        "1.2345678901234567e-15, 0.0000000000000012345678901234568",
        "1e-16, 1e-16",
        "-1.7976931348623157e308, -1.7976931348623157e308",
        "2.2250738585072014e-308, 2.2250738585072014e-308",
        "4.9e-324, 5e-324",
        "9007199254740993, 9.007199254740992e15",
        "3.0000000000000004, 3.0000000000000004",
    })
    void doubleIsWrittenWithTheFewestDigitsThatReadBack(double value, String text) {
        assertThat(FloatText.ofDouble(value, NO_SCALE)).isEqualTo(text);
    }

    @ParameterizedTest(name = "FLOAT {0} is {1}")
    @CsvSource({
        "-1464.87, -1464.87",
        "123456789, 123457000",
        "1234565, 1234560",
        "1234567.125, 1234570",
        "3.14159265, 3.14159",
        "0.00001, 0.00001",
        "1.1e-4, 0.00011",
        "1e20, 1e20",
        "999999999999999, 1e15",
        "1234567890123456, 1.23457e15",
        "-3.40282e38, -3.40282e38",
        "1e-16, 1e-16",
    })
    void floatIsWrittenWithSixSignificantDigits(float value, String text) {
        assertThat(FloatText.ofFloat(value, NO_SCALE)).isEqualTo(text);
    }

    @Test
    void zeroOfEitherSignIsZero() {
        assertThat(FloatText.ofDouble(-0.0, NO_SCALE)).isEqualTo("0");
        assertThat(FloatText.ofFloat(0.0f, NO_SCALE)).isEqualTo("0");
    }

    @Test
    void aDeclaredScaleFixesTheFractionDigitsRoundingHalfToEven() {
        assertThat(FloatText.ofDouble(12345678.125, 2)).isEqualTo("12345678.12");
        assertThat(FloatText.ofDouble(-1, 2)).isEqualTo("-1.00");
        assertThat(FloatText.ofDouble(0, 2)).isEqualTo("0.00");
        assertThat(FloatText.ofFloat(1234.568f, 3)).isEqualTo("1234.568");
    }
}
