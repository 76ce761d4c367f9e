/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static dev.s2r.udf.internal.format.Batches.batch;
import static dev.s2r.udf.internal.format.Batches.decode;
import static dev.s2r.udf.internal.format.Batches.encode;
import static dev.s2r.udf.internal.format.Batches.row;
import static dev.s2r.udf.internal.format.Batches.rows;
import static dev.s2r.udf.internal.format.Batches.types;
import static dev.s2r.udf.internal.format.RowDat1Body.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * ROWDAT_1 bodies built byte by byte from the layout of python-sdk-services.md §2.8, with the 8-byte integer and
 * double widths of python-sdk-audit.md "Top findings" 1: requests decode to the values, responses encode to the
 * same bytes.
 */
final class RowDat1GoldenTests {

    private static final BatchCodec CODEC = new RowDat1Codec();
    private static final HexFormat HEX = HexFormat.of();
    private static final LocalDateTime LEAP_DAY = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000);

    /** Per type: a value, its cell, and the cell a NULL of the type is written as. */
    static Stream<Arguments> cells() {
        byte[] utf8 = "héllo".getBytes(StandardCharsets.UTF_8);
        byte[] nullText = body().nullCell(0).bytes();
        byte[] nullLong = body().nullCell(0).bytes();
        byte[] nullDouble = body().nullCell(0x7FF8_0000_0000_0000L).bytes();
        return Stream.of(
            arguments(WireType.BOOL, 1L, body().int64Cell(1).bytes(), nullLong),
            arguments(WireType.INT8, -128L, body().int64Cell(-128).bytes(), nullLong),
            arguments(WireType.INT16, 32_767L, body().int64Cell(32_767).bytes(), nullLong),
            arguments(WireType.INT32, -2_147_483_648L, body().int64Cell(-2_147_483_648L).bytes(), nullLong),
            arguments(WireType.INT64, 0x0102_0304_0506_0708L,
                body().byte1(0).raw(HEX.parseHex("0807060504030201")).bytes(), nullLong),
            arguments(WireType.UINT8, 255L, body().int64Cell(255).bytes(), nullLong),
            arguments(WireType.UINT16, 65_535L, body().int64Cell(65_535).bytes(), nullLong),
            arguments(WireType.UINT32, 4_294_967_295L, body().int64Cell(4_294_967_295L).bytes(), nullLong),
            arguments(WireType.UINT64, -1L, body().byte1(0).raw(HEX.parseHex("ffffffffffffffff")).bytes(), nullLong),
            arguments(WireType.FLOAT32, 1.5, body().byte1(0).raw(HEX.parseHex("000000000000f83f")).bytes(),
                nullDouble),
            arguments(WireType.FLOAT64, -2.25, body().byte1(0).raw(HEX.parseHex("00000000000002c0")).bytes(),
                nullDouble),
            arguments(WireType.DECIMAL, new BigDecimal("12.34"),
                body().byte1(0).int64(5).raw((byte) '1', (byte) '2', (byte) '.', (byte) '3', (byte) '4').bytes(),
                nullText),
            arguments(WireType.STRING, "héllo", body().byte1(0).int64(6).raw(utf8).bytes(), nullText),
            arguments(WireType.JSON, "{\"a\":[1,2]}", body().textCell("{\"a\":[1,2]}").bytes(), nullText),
            arguments(WireType.BINARY, new byte[] {0, (byte) 0xFF, 0x7F},
                body().byte1(0).int64(3).raw((byte) 0, (byte) 0xFF, (byte) 0x7F).bytes(), nullText),
            arguments(WireType.DATE, LocalDate.of(2024, 2, 29), body().int64Cell(2024_02_29L).bytes(), nullLong),
            arguments(WireType.TIME, Duration.parse("PT25H30M15.5S"),
                body().int64Cell(25_30_15L * 1_000_000 + 500_000).bytes(), nullLong),
            arguments(WireType.DATETIME, LEAP_DAY,
                body().byte1(0).raw(HEX.parseHex("40e2e1b5ad0bfa01")).bytes(), nullLong));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void eachTypeDecodesFromItsDocumentedCellAndNull(WireType type, Object value, byte[] cell, byte[] nullCell) {
        byte[] body = body().row(7).raw(cell).row(-3).raw(nullCell).bytes();

        Batch batch = decode(CODEC, body, types(type));

        assertThat(rows(batch)).containsExactly(row(7, value), row(-3, (Object) null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void eachTypeEncodesToItsDocumentedCellAndNull(WireType type, Object value, byte[] cell, byte[] nullCell) {
        Batch batch = batch(types(type), new Object[] {7L, value}, new Object[] {-3L, null});

        byte[] body = encode(CODEC, batch, types(type));

        assertThat(HEX.formatHex(body)).isEqualTo(HEX.formatHex(body().row(7).raw(cell).row(-3).raw(nullCell).bytes()));
    }

    @Test
    void twoBigintColumnsMatchAHandWrittenBody() {
        String hex = "0000000000000000" + "00" + "2a00000000000000" + "00" + "ffffffffffffffff"
            + "0100000000000000" + "01" + "0000000000000000" + "00" + "0807060504030201";
        List<WireType> types = types(WireType.INT64, WireType.INT64);

        Batch batch = decode(CODEC, HEX.parseHex(hex), types);

        assertThat(rows(batch)).containsExactly(row(0, 42L, -1L), row(1, null, 0x0102_0304_0506_0708L));
        assertThat(HEX.formatHex(encode(CODEC, batch, types))).isEqualTo(hex);
    }

    @Test
    void textColumnMatchesAHandWrittenBody() {
        String hex = "0500000000000000" + "00" + "0200000000000000" + "6869"
            + "0600000000000000" + "01" + "0000000000000000"
            + "0700000000000000" + "00" + "0400000000000000" + "f09f9880";
        List<WireType> types = types(WireType.STRING);

        Batch batch = decode(CODEC, HEX.parseHex(hex), types);

        assertThat(rows(batch)).containsExactly(row(5, "hi"), row(6, (Object) null), row(7, "\uD83D\uDE00"));
        assertThat(HEX.formatHex(encode(CODEC, batch, types))).isEqualTo(hex);
    }

    @Test
    void datetimePacksMicrosSecondMinuteHourDayMonthYearFromTheLowBit() {
        long packed = (((((2024L << 4 | 2) << 5 | 29) << 5 | 13) << 6 | 45) << 6 | 30) << 20 | 123_456;

        Batch batch = decode(CODEC, body().row(1).int64Cell(packed).bytes(), types(WireType.DATETIME));

        assertThat(batch.column(0).getObject(0)).isEqualTo(LEAP_DAY);
        assertThat(packed).isEqualTo(142_439_178_924_319_296L);
    }

    @Test
    void negativeTimeIsTheNegatedHhmmssMicros() {
        long code = -((838L * 10_000 + 59 * 100 + 59) * 1_000_000 + 1);
        byte[] body = body().row(1).int64Cell(code).bytes();

        Batch batch = decode(CODEC, body, types(WireType.TIME));

        assertThat(batch.column(0).getObject(0)).isEqualTo(Duration.ofHours(838).plusMinutes(59).plusSeconds(59)
            .plusNanos(1000).negated());
        assertThat(encode(CODEC, batch, types(WireType.TIME))).isEqualTo(body);
    }

    @Test
    void nullPayloadsAreReadAndIgnored() {
        List<WireType> types = types(WireType.INT64, WireType.STRING, WireType.DATE, WireType.FLOAT64);
        byte[] body = body().row(1).nullCell(99).byte1(1).int64(3).raw((byte) 'a', (byte) 'b', (byte) 'c')
            .nullCell(13_13_13_13L).nullCell(Double.doubleToRawLongBits(1.0))
            .row(2).int64Cell(5).textCell("x").int64Cell(2000_01_01L).doubleCell(0.5).bytes();

        Batch batch = decode(CODEC, body, types);

        assertThat(rows(batch)).containsExactly(row(1, null, null, null, null),
            row(2, 5L, "x", LocalDate.of(2000, 1, 1), 0.5));
        assertThat(batch.column(0).getLong(0)).isZero();
    }

    @Test
    void nonZeroBoolIsTrue() {
        Batch batch = decode(CODEC, body().row(1).int64Cell(2).row(2).int64Cell(-1).bytes(), types(WireType.BOOL));

        assertThat(rows(batch)).containsExactly(row(1, 1L), row(2, 1L));
    }

    @Test
    void nonZeroBoolIsWrittenAsOne() {
        List<WireType> types = types(WireType.BOOL, WireType.STRING);
        Batch batch = batch(types, new Object[] {1L, 5L, "a"}, new Object[] {2L, -1L, "b"});

        byte[] body = encode(CODEC, batch, types);

        assertThat(body).isEqualTo(body().row(1).int64Cell(1).textCell("a").row(2).int64Cell(1).textCell("b").bytes());
        assertThat(encode(CODEC, batch(types(WireType.BOOL), new Object[] {3L, 7L}), types(WireType.BOOL)))
            .isEqualTo(body().row(3).int64Cell(1).bytes());
    }

    @Test
    void rowsOfAFunctionWithoutArgumentsAreRowIdsOnly() {
        Batch batch = decode(CODEC, body().row(10).row(11).bytes(), types());

        assertThat(rows(batch)).containsExactly(row(10), row(11));
    }

    @Test
    void emptyBodyIsAnEmptyBatch() {
        Batch batch = decode(CODEC, new byte[0], types(WireType.INT64));

        assertThat(batch.size()).isZero();
        assertThat(encode(CODEC, batch, types(WireType.INT64))).isEmpty();
    }

    @Test
    void numericResponseIsWrittenIntoOneBufferOfExactlyItsSize() {
        List<WireType> types = types(WireType.INT64, WireType.FLOAT64, WireType.DATE);
        Batch batch = batch(types, new Object[] {1L, 2L, 0.5, LocalDate.of(2024, 1, 1)},
            new Object[] {2L, null, null, null});

        ByteBuf out = CODEC.encode(batch, types, PooledByteBufAllocator.DEFAULT);
        try {
            assertThat(out.readableBytes()).isEqualTo(2 * (8 + 3 * 9));
            assertThat(out.capacity()).isEqualTo(out.readableBytes());
        } finally {
            out.release();
        }
    }
}
