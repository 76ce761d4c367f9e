/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;

import static dev.s2r.driver.internal.codec.Fixtures.bytes;
import static dev.s2r.driver.internal.codec.Fixtures.encode;
import static dev.s2r.driver.internal.codec.Fixtures.literal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bind values as SQL literals for client-side interpolation, with and without {@code NO_BACKSLASH_ESCAPES}.
 */
class TextEncodingTests {

    private static final boolean BACKSLASH_ESCAPES = false;
    private static final boolean NO_BACKSLASH_ESCAPES = true;

    private static String backslashMode(Object value) {
        return literal(encode(value), BACKSLASH_ESCAPES);
    }

    private static String quoteMode(Object value) {
        return literal(encode(value), NO_BACKSLASH_ESCAPES);
    }

    @Test
    void integersArePlainNumbers() {
        assertThat(backslashMode((byte) -128)).isEqualTo("-128");
        assertThat(backslashMode((short) 27897)).isEqualTo("27897");
        assertThat(backslashMode(-1295369311)).isEqualTo("-1295369311");
        assertThat(backslashMode(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
    }

    @Test
    void unsignedBigintMaximumIsPlainNumber() {
        assertThat(backslashMode(new BigInteger("18446744073709551615"))).isEqualTo("18446744073709551615");
    }

    @Test
    void booleansAreOneAndZero() {
        assertThat(backslashMode(true)).isEqualTo("1");
        assertThat(backslashMode(false)).isEqualTo("0");
    }

    @Test
    void floatingPointNumbersAreTheirShortestText() {
        assertThat(backslashMode(1.1f)).isEqualTo("1.1");
        assertThat(backslashMode(-474646154.719356)).isEqualTo("-4.74646154719356E8");
        assertThat(backslashMode(1e-5)).isEqualTo("1.0E-5");
    }

    @Test
    void decimalsArePlainUnquotedText() {
        assertThat(backslashMode(new BigDecimal("-99999999999999.999999"))).isEqualTo("-99999999999999.999999");
        assertThat(backslashMode(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void stringIsSingleQuoted() {
        assertThat(backslashMode("abc")).isEqualTo("'abc'");
        assertThat(quoteMode("abc")).isEqualTo("'abc'");
        assertThat(backslashMode("")).isEqualTo("''");
    }

    @Test
    void singleQuoteIsBackslashEscapedByDefault() {
        assertThat(backslashMode("it's")).isEqualTo("'it\\'s'");
    }

    @Test
    void singleQuoteIsDoubledWithNoBackslashEscapes() {
        assertThat(quoteMode("it's")).isEqualTo("'it''s'");
    }

    @Test
    void backslashIsDoubledByDefault() {
        assertThat(backslashMode("a\\b")).isEqualTo("'a\\\\b'");
    }

    @Test
    void backslashIsLiteralWithNoBackslashEscapes() {
        assertThat(quoteMode("a\\b")).isEqualTo("'a\\b'");
        assertThat(quoteMode("\\'")).isEqualTo("'\\'''");
    }

    @Test
    void controlCharactersAndDoubleQuoteAreBackslashEscapedByDefault() {
        assertThat(backslashMode("\0|\n|\r|\"|\u001a")).isEqualTo("'\\0|\\n|\\r|\\\"|\\Z'");
    }

    @Test
    void controlCharactersAndDoubleQuoteAreLiteralWithNoBackslashEscapes() {
        assertThat(quoteMode("\0|\n|\r|\"|\u001a")).isEqualTo("'\0|\n|\r|\"|\u001a'");
    }

    @Test
    void unicodeIsWrittenAsUtf8Unchanged() {
        String value = "\u65e5\u672c\u8a9e \ud83d\ude00 caf\u00e9";
        assertThat(backslashMode(value)).isEqualTo("'" + value + "'");
        assertThat(quoteMode(value + "'")).isEqualTo("'" + value + "'''");
    }

    @Test
    void injectionAttemptStaysInsideTheLiteral() {
        assertThat(backslashMode("x'; DROP TABLE t; -- \\")).isEqualTo("'x\\'; DROP TABLE t; -- \\\\'");
        assertThat(quoteMode("x'; DROP TABLE t; -- \\")).isEqualTo("'x''; DROP TABLE t; -- \\'");
    }

    @Test
    void bytesAreHexLiteralsInBothModes() {
        assertThat(backslashMode(bytes(0x00, 0xFF, 0x7F, 0x27, 0x5C))).isEqualTo("X'00FF7F275C'");
        assertThat(quoteMode(bytes(0x00, 0xFF, 0x7F, 0x27, 0x5C))).isEqualTo("X'00FF7F275C'");
        assertThat(backslashMode(new byte[0])).isEqualTo("X''");
    }

    @Test
    void dateIsQuoted() {
        assertThat(backslashMode(LocalDate.of(1000, 1, 1))).isEqualTo("'1000-01-01'");
    }

    @Test
    void dateTimeIsQuotedWithMicrosecondsWhenPresent() {
        assertThat(backslashMode(LocalDateTime.of(2024, 2, 29, 13, 45, 7, 123_000)))
            .isEqualTo("'2024-02-29 13:45:07.000123'");
        assertThat(backslashMode(LocalDateTime.of(2024, 2, 29, 13, 45, 7))).isEqualTo("'2024-02-29 13:45:07'");
    }

    @Test
    void localTimeIsQuoted() {
        assertThat(backslashMode(LocalTime.of(9, 5, 3))).isEqualTo("'09:05:03'");
    }

    @Test
    void durationIsQuotedWithSignAndAllItsHours() {
        Duration minimum = Duration.ofHours(838).plusMinutes(59).plusSeconds(59).plusNanos(999_999_000).negated();
        assertThat(backslashMode(minimum)).isEqualTo("'-838:59:59.999999'");
        assertThat(backslashMode(Duration.ofDays(1).plusHours(2))).isEqualTo("'26:00:00'");
        assertThat(backslashMode(Duration.ofMinutes(-7))).isEqualTo("'-00:07:00'");
    }

    @Test
    void yearIsPlainNumber() {
        assertThat(backslashMode(Year.of(1923))).isEqualTo("1923");
    }
}
