/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.s2r.driver.api.Vector;
import dev.s2r.driver.internal.sql.ParsedSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How bound values travel in the {@code args} array of a Data API request ({@link DataApiArgs}). The service parses
 * each value as plain JSON into a Go value (JSON numbers become float64) and the Go MySQL driver interpolates it
 * (python-sdk-audit.md, "Data API"), so integers beyond ±2^53 and decimals go as strings, bytes as base64 decoded
 * by {@code FROM_BASE64(?)}, and dates and times in MySQL's text forms (singlestore-server.md §2.2).
 */
final class DataApiArgsTests {

    private static final JsonFactory JSON = new JsonFactory();
    private static final long TWO_TO_53 = 9_007_199_254_740_992L;

    /** @return the {@code args} array holding the one value, as sent */
    private static String args(Object value, ZoneId zone) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartArray();
            DataApiArgs.write(out, value, zone);
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String args(Object value) {
        return args(value, ZoneOffset.UTC);
    }

    // ------------------------------------------------------------------------------------- null, text, numbers

    @Test
    void nullIsJsonNull() {
        assertThat(args(null)).isEqualTo("[null]");
    }

    @Test
    void stringIsAnEscapedJsonString() {
        assertThat(args("it's \"x\"\n")).isEqualTo("[\"it's \\\"x\\\"\\n\"]");
    }

    @Test
    void smallIntegersOfEveryWidthAreJsonNumbers() {
        assertThat(args(42L)).isEqualTo("[42]");
        assertThat(args(-7)).isEqualTo("[-7]");
        assertThat(args((short) 300)).isEqualTo("[300]");
        assertThat(args((byte) -128)).isEqualTo("[-128]");
    }

    @Test
    void largestIntegersAFloat64HoldsExactlyAreNumbers() {
        assertThat(args(TWO_TO_53 - 1)).isEqualTo("[9007199254740991]");
        assertThat(args(-(TWO_TO_53 - 1))).isEqualTo("[-9007199254740991]");
    }

    @Test
    void twoToThe53IsAStringBecauseAFloat64WouldRoundItsNeighbours() {
        assertThat(args(TWO_TO_53)).isEqualTo("[\"9007199254740992\"]");
        assertThat(args(-TWO_TO_53)).isEqualTo("[\"-9007199254740992\"]");
    }

    @Test
    void longExtremesAreStrings() {
        assertThat(args(Long.MAX_VALUE)).isEqualTo("[\"9223372036854775807\"]");
        assertThat(args(Long.MIN_VALUE)).isEqualTo("[\"-9223372036854775808\"]");
    }

    @Test
    void bigIntegerIsAlwaysAString() {
        assertThat(args(BigInteger.ONE)).isEqualTo("[\"1\"]");
        assertThat(args(BigInteger.TWO.pow(64))).isEqualTo("[\"18446744073709551616\"]");
    }

    @Test
    void bigDecimalIsAPlainStringWithoutExponent() {
        assertThat(args(new BigDecimal("1E+3"))).isEqualTo("[\"1000\"]");
        assertThat(args(new BigDecimal("1E-7"))).isEqualTo("[\"0.0000001\"]");
    }

    @Test
    void bigDecimalKeepsItsScale() {
        assertThat(args(new BigDecimal("-123.4500"))).isEqualTo("[\"-123.4500\"]");
    }

    @Test
    void doubleIsAJsonNumber() {
        assertThat(args(1.5d)).isEqualTo("[1.5]");
    }

    @Test
    void floatIsWrittenAtItsOwnPrecision() {
        assertThat(args(0.1f)).isEqualTo("[0.1]");
    }

    @Test
    void booleansAreOneAndZero() {
        assertThat(args(true)).isEqualTo("[1]");
        assertThat(args(false)).isEqualTo("[0]");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nanAndInfinityAreRefusedBecauseTheServerStoresNone(double value) {
        assertThatThrownBy(() -> args(value)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("nanAsNull/infAsNull");
    }

    @Test
    void floatNanIsRefusedToo() {
        assertThatThrownBy(() -> args(Float.NaN)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("NaN");
    }

    // -------------------------------------------------------------------------------------------------- bytes

    @Test
    void byteArrayIsBase64AndBinary() {
        byte[] bytes = {0, 1, 2, (byte) 0xff};

        assertThat(args(bytes)).isEqualTo("[\"AAEC/w==\"]");
        assertThat(DataApiArgs.isBinary(bytes)).isTrue();
    }

    @Test
    void byteBufferSendsItsRemainingBytesAndKeepsItsPosition() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 9, 0, 1, 2, (byte) 0xff});
        buffer.position(2);

        assertThat(args(buffer)).isEqualTo("[\"AAEC/w==\"]");
        assertThat(buffer.position()).isEqualTo(2);
        assertThat(DataApiArgs.isBinary(buffer)).isTrue();
    }

    @Test
    void textThatLooksLikeBase64IsNotBinary() {
        assertThat(DataApiArgs.isBinary("AAEC/w==")).isFalse();
        assertThat(args("AAEC/w==")).isEqualTo("[\"AAEC/w==\"]");
    }

    @Test
    void markersOfBinaryValuesAreWrappedInFromBase64() {
        ParsedSql positional = ParsedSql.parse("INSERT INTO t VALUES (?, ?, '?')");
        ParsedSql named = ParsedSql.parse("UPDATE t SET b = :bytes WHERE id = :id");

        assertThat(positional.serverSql(new String[] {null, "FROM_BASE64(?)"}))
            .isEqualTo("INSERT INTO t VALUES (?, FROM_BASE64(?), '?')");
        assertThat(named.serverSql(new String[] {"FROM_BASE64(?)", null}))
            .isEqualTo("UPDATE t SET b = FROM_BASE64(?) WHERE id = ?");
    }

    // ----------------------------------------------------------------------------------------- dates and times

    @Test
    void localDateIsIsoDate() {
        assertThat(args(LocalDate.of(2024, 2, 29))).isEqualTo("[\"2024-02-29\"]");
    }

    @Test
    void localDateTimeWithoutFractionHasNoDecimalPoint() {
        assertThat(args(LocalDateTime.of(2024, 1, 2, 3, 4, 5))).isEqualTo("[\"2024-01-02 03:04:05\"]");
    }

    @Test
    void localDateTimeWithMicrosecondsHasSixDigits() {
        assertThat(args(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000)))
            .isEqualTo("[\"2024-01-02 03:04:05.123456\"]");
    }

    @Test
    void localDateTimeBelowMicrosecondsIsCutToTheServersPrecision() {
        assertThat(args(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_789)))
            .isEqualTo("[\"2024-01-02 03:04:05.123456\"]");
    }

    @Test
    void localTimeIsHoursMinutesSeconds() {
        assertThat(args(LocalTime.of(13, 45, 30))).isEqualTo("[\"13:45:30\"]");
        assertThat(args(LocalTime.of(13, 45, 30, 1_000))).isEqualTo("[\"13:45:30.000001\"]");
    }

    @Test
    void durationOverADayKeepsCountingHours() {
        assertThat(args(Duration.ofHours(25).plusMinutes(3).plusSeconds(4))).isEqualTo("[\"25:03:04\"]");
    }

    @Test
    void negativeDurationIsSignedWithMicroseconds() {
        Duration value = Duration.ofHours(1).plusMinutes(2).plusSeconds(3).plusMillis(500).negated();

        assertThat(args(value)).isEqualTo("[\"-1:02:03.500000\"]");
    }

    @Test
    void zeroDurationIsMidnight() {
        assertThat(args(Duration.ZERO)).isEqualTo("[\"0:00:00\"]");
    }

    @Test
    void instantIsShownInTheGivenZone() {
        Instant instant = Instant.parse("2024-01-02T03:04:05.123456Z");

        assertThat(args(instant, ZoneId.of("Asia/Tokyo"))).isEqualTo("[\"2024-01-02 12:04:05.123456\"]");
    }

    @Test
    void offsetDateTimeIsConvertedToTheGivenZone() {
        OffsetDateTime value = OffsetDateTime.of(2024, 1, 2, 0, 30, 0, 0, ZoneOffset.ofHours(2));

        assertThat(args(value, ZoneOffset.UTC)).isEqualTo("[\"2024-01-01 22:30:00\"]");
    }

    @Test
    void zonedDateTimeIsConvertedToTheGivenZone() {
        ZonedDateTime value = ZonedDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));

        assertThat(args(value, ZoneId.of("America/New_York"))).isEqualTo("[\"2024-07-01 06:00:00\"]");
    }

    @Test
    void digitsStayAsciiUnderALocaleWithOtherDigits() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        try {
            assertThat(args(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_000)))
                .isEqualTo("[\"2024-01-02 03:04:05.000006\"]");
            assertThat(args(Duration.ofHours(-30).minusSeconds(7))).isEqualTo("[\"-30:00:07\"]");
            assertThat(args(new BigDecimal("12.5"))).isEqualTo("[\"12.5\"]");
            assertThat(args(TWO_TO_53)).isEqualTo("[\"9007199254740992\"]");
        } finally {
            Locale.setDefault(saved);
        }
    }

    // ------------------------------------------------------------------------------------------- other values

    @Test
    void vectorIsItsJsonArrayText() {
        assertThat(args(Vector.of(new float[] {1f, 2.5f}))).isEqualTo("[\"[1.0,2.5]\"]");
        assertThat(args(new double[] {-1d, 0.25d})).isEqualTo("[\"[-1.0,0.25]\"]");
    }

    @Test
    void uuidIsItsCanonicalText() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertThat(args(id)).isEqualTo("[\"123e4567-e89b-12d3-a456-426614174000\"]");
    }

    @Test
    void enumIsItsName() {
        assertThat(args(DayOfWeek.MONDAY)).isEqualTo("[\"MONDAY\"]");
    }

    @Test
    void unsupportedTypeIsRefusedNamingItsClass() {
        assertThatThrownBy(() -> args(new Object())).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Cannot bind a java.lang.Object over the Data API");
    }

    @Test
    void integersBecomeLiteralsOfTheirDigitsNegativeOnesInParentheses() {
        assertThat(DataApiArgs.literal(1_000_000)).isEqualTo("1000000");
        assertThat(DataApiArgs.literal(Long.MIN_VALUE)).isEqualTo("(-9223372036854775808)");
        assertThat(DataApiArgs.literal((short) 7)).isEqualTo("7");
        assertThat(DataApiArgs.literal(new java.math.BigInteger("-18446744073709551616")))
            .isEqualTo("(-18446744073709551616)");
    }

    @Test
    void otherValuesTravelAsArguments() {
        assertThat(DataApiArgs.literal(1.5d)).isNull();
        assertThat(DataApiArgs.literal("12")).isNull();
        assertThat(DataApiArgs.literal(new java.math.BigDecimal("12"))).isNull();
        assertThat(DataApiArgs.literal(true)).isNull();
    }
}
