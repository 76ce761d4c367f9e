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
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.s2r.udf.internal.format.Batches.batch;
import static dev.s2r.udf.internal.format.Batches.decode;
import static dev.s2r.udf.internal.format.Batches.encode;
import static dev.s2r.udf.internal.format.Batches.rows;
import static dev.s2r.udf.internal.format.Batches.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Edge values of every type survive a response encoding and a request decoding, in ROWDAT_1 and in JSON. What JSON
 * does not carry as it is (NaN and infinities, JSON values that are JSON strings) is in {@link JsonCodecTests}.
 */
final class RoundTripTests {

    private static final String LONG_TEXT = "ab\u00e9\u20ac\uD834\uDD1E".repeat(20_000);

    static Stream<Arguments> edgeValues() {
        byte[] allBytes = new byte[256];
        for (int i = 0; i < allBytes.length; i++) {
            allBytes[i] = (byte) i;
        }
        return Stream.of(
            arguments(WireType.BOOL, List.of(0L, 1L)),
            arguments(WireType.INT8, List.of(-128L, 127L)),
            arguments(WireType.INT16, List.of(-32_768L, 32_767L)),
            arguments(WireType.INT32, List.of((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE)),
            arguments(WireType.INT64, List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L)),
            arguments(WireType.UINT8, List.of(0L, 255L)),
            arguments(WireType.UINT16, List.of(65_535L)),
            arguments(WireType.UINT32, List.of(4_294_967_295L)),
            arguments(WireType.UINT64, List.of(-1L, Long.MIN_VALUE, Long.MAX_VALUE, 0L)),
            arguments(WireType.FLOAT32, List.of((double) 0.1f, (double) Float.MAX_VALUE, (double) -Float.MIN_VALUE)),
            arguments(WireType.FLOAT64, List.of(-0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, -1e-300, 0.1)),
            arguments(WireType.DECIMAL, List.of(new BigDecimal("-0.000001"), BigDecimal.ZERO,
                new BigDecimal("123456789012345678901234567890.123456789"), new BigDecimal("1.50"))),
            arguments(WireType.STRING, List.of("", "a\u0000b", "\uD83D\uDE00 \uD834\uDD1E", "\"\\\n\t", LONG_TEXT)),
            arguments(WireType.JSON, List.of("{}", "[1,{\"b\":null},true,1.50,\"\u00e9\"]", "12345678901234567890")),
            arguments(WireType.BINARY, List.of(new byte[0], allBytes)),
            arguments(WireType.DATE, List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(2024, 2, 29))),
            arguments(WireType.TIME, List.of(Duration.ZERO, Duration.ofNanos(-1000), Duration.ofHours(100_000),
                Duration.parse("-PT838H59M59.999999S"), Duration.parse("PT24H0.000001S"))),
            arguments(WireType.DATETIME, List.of(LocalDateTime.of(1, 1, 1, 0, 0),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000), LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1000))));
    }

    static Stream<Arguments> codecsAndEdgeValues() {
        return edgeValues().flatMap(values -> Stream.of(new RowDat1Codec(), new JsonCodec())
            .map(codec -> arguments(codec.getClass().getSimpleName(), values.get()[0], values.get()[1])));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("codecsAndEdgeValues")
    void edgeValuesAndNullsSurviveEncodingAndDecoding(String codecName, WireType type, List<Object> values) {
        BatchCodec codec = codecName.startsWith("Json") ? new JsonCodec() : new RowDat1Codec();
        List<Object[]> rows = new ArrayList<>();
        long rowId = Long.MIN_VALUE;
        for (Object value : values) {
            rows.add(new Object[] {rowId++, value});
            rows.add(new Object[] {Long.MAX_VALUE - rowId, null});
        }
        Batch sent = batch(types(type), rows.toArray(new Object[0][]));

        Batch received = decode(codec, encode(codec, sent, types(type)), types(type));

        assertThat(rows(received)).isEqualTo(rows(sent));
    }

    @Test
    void rowDat1CarriesNanAndInfinitiesAsTheyAre() {
        BatchCodec codec = new RowDat1Codec();
        long quietNanWithPayload = 0x7FF8_0000_0000_0123L;
        Batch sent = batch(types(WireType.FLOAT64), new Object[] {1L, Double.longBitsToDouble(quietNanWithPayload)},
            new Object[] {2L, Double.POSITIVE_INFINITY}, new Object[] {3L, Double.NEGATIVE_INFINITY});

        Batch received = decode(codec, encode(codec, sent, types(WireType.FLOAT64)), types(WireType.FLOAT64));

        assertThat(Double.doubleToRawLongBits(received.column(0).getDouble(0))).isEqualTo(quietNanWithPayload);
        assertThat(received.column(0).getDouble(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(received.column(0).getDouble(2)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(received.column(0).hasNulls()).isFalse();
    }

    @Test
    void manyColumnsOfEveryTypeSurviveInOneRow() {
        List<WireType> types = List.of(WireType.values());
        List<Object> values = new ArrayList<>();
        values.add(42L);
        edgeValues().forEach(arguments -> values.add(((List<?>) arguments.get()[1]).get(0)));
        Object[] nulls = new Object[types.size() + 1];
        nulls[0] = 43L;
        Batch sent = batch(types, values.toArray(), nulls);

        for (BatchCodec codec : List.of(new RowDat1Codec(), new JsonCodec())) {
            Batch received = decode(codec, encode(codec, sent, types), types);

            assertThat(rows(received)).as(codec.getClass().getSimpleName()).isEqualTo(rows(sent));
        }
    }
}
