/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit tests of the Data API server's argument interpolation: Go's float formatting and string escaping, and the
 * marker count.
 */
final class GoInterpolationTests {

    /** Expected texts are those of Go's {@code strconv.FormatFloat(v, 'g', -1, 64)}. */
    @ParameterizedTest
    @CsvSource({
        "1, 1",
        "-1, -1",
        "100000, 100000",
        "1000000, 1e+06",
        "123456789, 1.23456789e+08",
        "3.14, 3.14",
        "0.0001, 0.0001",
        "0.00001, 1e-05",
        "0.000123, 0.000123",
        "1.5e-7, 1.5e-07",
        "1e21, 1e+21",
        "1e100, 1e+100",
        "9007199254740993, 9.007199254740992e+15",
        "0.1, 0.1",
        "123456.5, 123456.5",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "5e-324, 5e-324",
        "-0.0, -0",
        "0, 0"
    })
    void formatsFloatsAsGoDoes(double value, String expected) {
        assertThat(GoInterpolation.formatFloat(value)).isEqualTo(expected);
    }

    @Test
    void writesStringsAsQuotedLiteralsWithBackslashEscapes() {
        String sql = GoInterpolation.interpolate("SELECT ?", List.of("it's \"a\"\\\n\r\0\u001a"));

        assertThat(sql).isEqualTo("SELECT 'it\\'s \\\"a\\\"\\\\\\n\\r\\0\\Z'");
    }

    @Test
    void writesBooleansAndNullAsGoDoes() {
        String sql = GoInterpolation.interpolate("SELECT ?, ?, ?", Arrays.asList(true, false, null));

        assertThat(sql).isEqualTo("SELECT 1, 0, NULL");
    }

    @Test
    void replacesEveryQuestionMarkWhenTheNaiveCountMatches() {
        String sql = GoInterpolation.interpolate("SELECT '?', ?", List.of("a", "b"));

        assertThat(sql).isEqualTo("SELECT ''a'', 'b'");
    }

    @Test
    void bindsOnlyRealMarkersWhenOnlyTheirCountMatches() {
        String sql = GoInterpolation.interpolate("SELECT '?' /* ? */, ? -- ?\n", List.of(2.0));

        assertThat(sql).isEqualTo("SELECT '?' /* ? */, 2 -- ?\n");
    }

    @Test
    void refusesACountThatMatchesNeither() {
        assertThatThrownBy(() -> GoInterpolation.interpolate("SELECT ?, ?", List.of("a")))
            .isInstanceOf(DataApiFailure.class)
            .hasMessage("sql: expected 2 arguments, got 1")
            .satisfies(e -> assertThat(((DataApiFailure) e).status()).isEqualTo(400));
    }

    @Test
    void leavesTheSqlAloneWithoutArguments() {
        assertThat(GoInterpolation.interpolate("SELECT '?'", List.of())).isEqualTo("SELECT '?'");
    }
}
