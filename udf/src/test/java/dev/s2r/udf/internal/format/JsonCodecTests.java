/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.WireType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import static dev.s2r.udf.internal.format.Batches.batch;
import static dev.s2r.udf.internal.format.Batches.decode;
import static dev.s2r.udf.internal.format.Batches.row;
import static dev.s2r.udf.internal.format.Batches.rows;
import static dev.s2r.udf.internal.format.Batches.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * FORMAT JSON bodies, {@code {"data": [[row_id, value, ...], ...]}} (python-sdk-services.md §2.6; singlestore-server.md
 * §3.2), written out as text: requests decode to the values, responses encode to exactly that text.
 */
final class JsonCodecTests {

    private static final BatchCodec CODEC = new JsonCodec();

    /** Per type: a value and its JSON text. */
    static Stream<Arguments> values() {
        return Stream.of(
            arguments(WireType.BOOL, 1L, "1"),
            arguments(WireType.INT8, -128L, "-128"),
            arguments(WireType.INT16, 32_767L, "32767"),
            arguments(WireType.INT32, -2_147_483_648L, "-2147483648"),
            arguments(WireType.INT64, Long.MIN_VALUE, "-9223372036854775808"),
            arguments(WireType.UINT8, 255L, "255"),
            arguments(WireType.UINT16, 65_535L, "65535"),
            arguments(WireType.UINT32, 4_294_967_295L, "4294967295"),
            arguments(WireType.UINT64, -1L, "18446744073709551615"),
            arguments(WireType.FLOAT32, 1.5, "1.5"),
            arguments(WireType.FLOAT64, -2.25, "-2.25"),
            arguments(WireType.DECIMAL, new BigDecimal("12.34"), "\"12.34\""),
            arguments(WireType.STRING, "h\u00e9llo \"q\" \uD83D\uDE00", "\"h\u00e9llo \\\"q\\\" \uD83D\uDE00\""),
            arguments(WireType.JSON, "{\"a\":[1,2.50,null]}", "{\"a\":[1,2.50,null]}"),
            arguments(WireType.BINARY, new byte[] {0, (byte) 0xFF, 0x7F}, "\"AP9/\""),
            arguments(WireType.DATE, LocalDate.of(2024, 2, 29), "\"2024-02-29\""),
            arguments(WireType.TIME, Duration.parse("PT25H30M15.5S"), "\"25:30:15.500000\""),
            arguments(WireType.DATETIME, LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000),
                "\"2024-02-29 13:45:30.123456\""));
    }

    private static String body(String... rows) {
        return "{\"data\":[" + String.join(",", rows) + "]}";
    }

    private static Batch decodeText(String body, WireType... types) {
        return decode(CODEC, body.getBytes(StandardCharsets.UTF_8), types(types));
    }

    private static String encodeText(Batch batch, WireType... types) {
        return new String(Batches.encode(CODEC, batch, types(types)), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void eachTypeDecodesFromItsDocumentedTextAndNull(WireType type, Object value, String text) {
        Batch batch = decodeText(body("[7," + text + "]", "[-3,null]"), type);

        assertThat(rows(batch)).containsExactly(row(7, value), row(-3, (Object) null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void eachTypeEncodesToItsDocumentedTextAndNull(WireType type, Object value, String text) {
        Batch batch = batch(types(type), new Object[] {7L, value}, new Object[] {-3L, null});

        assertThat(encodeText(batch, type)).isEqualTo(body("[7," + text + "]", "[-3,null]"));
    }

    @Test
    void responseOfSeveralColumnsIsOneArrayPerRow() {
        Batch batch = batch(types(WireType.INT64, WireType.STRING), new Object[] {0L, 1L, "a"},
            new Object[] {0L, 2L, null}, new Object[] {5L, null, ""});

        assertThat(encodeText(batch, WireType.INT64, WireType.STRING))
            .isEqualTo("{\"data\":[[0,1,\"a\"],[0,2,null],[5,null,\"\"]]}");
    }

    @Test
    void emptyBatchIsAnEmptyDataArray() {
        assertThat(encodeText(Batch.of(types(WireType.INT64), 1), WireType.INT64)).isEqualTo("{\"data\":[]}");
        assertThat(decodeText("{\"data\":[]}", WireType.INT64).size()).isZero();
    }

    @Test
    void boolReadsTrueFalseAndIntegersNonZeroBeingTrue() {
        Batch batch = decodeText(body("[1,true]", "[2,false]", "[3,0]", "[4,1]", "[5,-2]"), WireType.BOOL);

        assertThat(rows(batch)).containsExactly(row(1, 1L), row(2, 0L), row(3, 0L), row(4, 1L), row(5, 1L));
    }

    @Test
    void integersMayArriveAsNumericStringsOrIntegralFloats() {
        Batch batch = decodeText(body("[1,\"42\",\"18446744073709551615\"]", "[2,4.0,1.8446744073709551615e19]",
            "[3,-1e2,\"0\"]"), WireType.INT64, WireType.UINT64);

        assertThat(rows(batch)).containsExactly(row(1, 42L, -1L), row(2, 4L, -1L), row(3, -100L, 0L));
    }

    @Test
    void decimalMayArriveAsANumberAndKeepsItsScale() {
        Batch batch = decodeText(body("[1,12.340]", "[2,-1E+3]", "[3,7]"), WireType.DECIMAL);

        assertThat(rows(batch)).containsExactly(row(1, new BigDecimal("12.340")), row(2, new BigDecimal("-1E+3")),
            row(3, new BigDecimal("7")));
    }

    @Test
    void jsonColumnKeepsTheTextOfAStringOrTheCompactTextOfAnEmbeddedValue() {
        Batch batch = decodeText(body("[1,\"{\\\"a\\\": 1}\"]", "[2, { \"a\" : [ 1 , 1.10 ] } ]", "[3,true]"),
            WireType.JSON);

        assertThat(rows(batch)).containsExactly(row(1, "{\"a\": 1}"), row(2, "{\"a\":[1,1.10]}"), row(3, "true"));
    }

    @Test
    void jsonColumnIsWrittenAsTheEmbeddedValue() {
        Batch batch = batch(types(WireType.JSON), new Object[] {1L, " [1, \"x\"] "}, new Object[] {2L, "\"s\""});

        assertThat(encodeText(batch, WireType.JSON)).isEqualTo(body("[1,[1,\"x\"]]", "[2,\"s\"]"));
    }

    @Test
    void datetimeReadsATSeparatorAndShortOrNoFraction() {
        Batch batch = decodeText(body("[1,\"2024-02-29T13:45:30.5\"]", "[2,\"0001-01-01 00:00:00\"]"),
            WireType.DATETIME);

        assertThat(rows(batch)).containsExactly(row(1, LocalDateTime.of(2024, 2, 29, 13, 45, 30, 500_000_000)),
            row(2, LocalDateTime.of(1, 1, 1, 0, 0)));
    }

    @Test
    void timeReadsNegativeAndLongHoursWithOrWithoutFraction() {
        Batch batch = decodeText(body("[1,\"-838:59:59\"]", "[2,\"100000:00:00.000001\"]", "[3,\"00:00:01.25\"]"),
            WireType.TIME);

        assertThat(rows(batch)).containsExactly(row(1, Duration.parse("-PT838H59M59S")),
            row(2, Duration.parse("PT100000H0.000001S")), row(3, Duration.parse("PT1.25S")));
    }

    @Test
    void negativeTimeUnderAnHourKeepsItsSign() {
        Batch batch = batch(types(WireType.TIME), new Object[] {1L, Duration.parse("-PT0.5S")});

        assertThat(encodeText(batch, WireType.TIME)).isEqualTo(body("[1,\"-0:00:00.500000\"]"));
    }

    @Test
    void nanAndInfinitiesAreWrittenAsNull() {
        Batch batch = batch(types(WireType.FLOAT64, WireType.FLOAT32), new Object[] {1L, Double.NaN, 1e300},
            new Object[] {2L, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}, new Object[] {3L, -0.0, 0.1});

        assertThat(encodeText(batch, WireType.FLOAT64, WireType.FLOAT32))
            .isEqualTo(body("[1,null,null]", "[2,null,null]", "[3,-0.0,0.1]"));
    }

    @Test
    void floatsMayArriveAsStringsIncludingNanAndInfinity() {
        Batch batch = decodeText(body("[1,\"NaN\"]", "[2,\"-Infinity\"]", "[3,\"2.5\"]", "[4,3]"), WireType.FLOAT64);

        assertThat(rows(batch)).containsExactly(row(1, Double.NaN), row(2, Double.NEGATIVE_INFINITY), row(3, 2.5),
            row(4, 3.0));
    }

    @Test
    void float32IsReadRoundedToAFloat() {
        Batch batch = decodeText(body("[1,0.1]"), WireType.FLOAT32);

        assertThat(batch.column(0).getDouble(0)).isEqualTo((double) 0.1f);
    }

    @Test
    void otherMembersAndWhitespaceAreSkipped() {
        Batch batch = decodeText(" {\"before\": {\"x\": [1, {}]},\n \"data\" : [ [ 1 , 2 ] ], \"after\": null } ",
            WireType.INT64);

        assertThat(rows(batch)).containsExactly(row(1, 2L));
    }

    @Test
    void responseIsUtf8WithFourByteCharactersUnescaped() {
        Batch batch = batch(types(WireType.STRING), new Object[] {1L, "\uD834\uDD1E"});

        byte[] body = Batches.encode(CODEC, batch, types(WireType.STRING));

        assertThat(body).containsSequence((byte) 0xF0, (byte) 0x9D, (byte) 0x84, (byte) 0x9E);
    }

    @Test
    void rowIdsAreAnyInt64() {
        Batch batch = decodeText(body("[-9223372036854775808]", "[9223372036854775807]"));

        assertThat(rows(batch)).isEqualTo(List.of(row(Long.MIN_VALUE), row(Long.MAX_VALUE)));
        assertThat(encodeText(batch)).isEqualTo(body("[-9223372036854775808]", "[9223372036854775807]"));
    }
}
