/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DefaultCodecs;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.row.SingleStoreRow;
import dev.s2r.driver.internal.row.SingleStoreRowMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static dev.s2r.driver.internal.http.Answers.decode;
import static dev.s2r.driver.internal.http.Answers.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of a Data API answer read through the real row layer ({@link SingleStoreRow} with {@link DefaultCodecs}),
 * as an application reads them with {@code Row.get(i, Class)}: the values a MySQL text-protocol row of the same
 * statement gives (the bytes themselves are compared in {@link DataApiResponseDecoderTests}).
 */
final class DataApiRowValuesTests {

    private static final Codecs CODECS = DefaultCodecs.create();

    private final List<SingleStoreRow> rows = new ArrayList<>();
    private SingleStoreRowMetadata metadata;

    @BeforeEach
    void decodeAllTypes() {
        for (ServerMessage message : decode(false, utf8(GoldenBodies.ALL_TYPES), 700)) {
            if (message instanceof ResultSetMetadata) {
                this.metadata = new SingleStoreRowMetadata(((ResultSetMetadata) message).columns(), CODECS);
            } else if (message instanceof RowMessage) {
                this.rows.add(new SingleStoreRow((RowMessage) message, this.metadata, CODECS, CodecContext.defaults()));
            }
        }
    }

    @AfterEach
    void releaseRows() {
        this.rows.forEach(SingleStoreRow::release);
    }

    @Test
    void readsIntegersAsTheirJavaTypes() {
        SingleStoreRow row = this.rows.get(0);

        assertThat(row.get("i", Long.class)).isEqualTo(Long.MIN_VALUE);
        assertThat(row.get("i")).isEqualTo(Long.MIN_VALUE);
        assertThat(row.getLong(0)).isEqualTo(Long.MIN_VALUE);
        assertThat(row.get("i", String.class)).isEqualTo("-9223372036854775808");
        assertThat(row.get("u")).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(row.get("u", BigDecimal.class)).isEqualTo(new BigDecimal("18446744073709551615"));
        assertThat(row.get("t")).isEqualTo((byte) -128);
        assertThat(row.get("t", Integer.class)).isEqualTo(-128);
        assertThat(row.get("b")).isEqualTo(true);
        assertThat(row.get("b", Integer.class)).isEqualTo(1);
        assertThat(row.get("y")).isEqualTo((short) 2024);
        assertThat(row.get("y", Long.class)).isEqualTo(2024L);
    }

    @Test
    void readsFloatingPointAndDecimalsExactly() {
        SingleStoreRow row = this.rows.get(0);

        assertThat(row.get("d")).isEqualTo(-1.5E-7);
        assertThat(row.getDouble(4)).isEqualTo(-1.5E-7);
        assertThat(row.get("d", String.class)).isEqualTo("-1.5E-7");
        assertThat(row.get("f")).isEqualTo(1.1f);
        assertThat(row.get("f", Double.class)).isEqualTo(1.1);
        assertThat(row.get("dec")).isEqualTo(new BigDecimal("12345678.90"));
        assertThat(row.get("dec", String.class)).isEqualTo("12345678.90");
        assertThat(row.get("dec", Double.class)).isEqualTo(12345678.9);
    }

    @Test
    void readsBitsAsBytesAndNumbers() {
        SingleStoreRow row = this.rows.get(0);

        assertThat(row.get("bit")).isEqualTo(new byte[]{2, 1});
        assertThat(row.get("bit", Long.class)).isEqualTo(513L);
        assertThat(row.get("bit", Boolean.class)).isTrue();
    }

    @Test
    void readsDatesAndTimesFromTheirText() {
        SingleStoreRow row = this.rows.get(0);

        assertThat(row.get("date")).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(row.get("time")).isEqualTo(Duration.ofHours(-838).minusMinutes(59).minusSeconds(59));
        assertThat(row.get("dt")).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000));
        assertThat(row.get("dt", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(row.get("dt", String.class)).isEqualTo("2024-01-02 03:04:05.123456");
        assertThat(row.get("ts", LocalDateTime.class)).isEqualTo(LocalDateTime.of(1970, 1, 1, 0, 0, 1));
    }

    @Test
    void readsTextAsUtf8() {
        SingleStoreRow row = this.rows.get(0);

        assertThat(row.get("s")).isEqualTo("h\u00e9llo \u20ac\ud83d\ude00");
        assertThat(row.get("c")).isEqualTo("abc");
        assertThat(row.get("txt", String.class)).isEqualTo("multi\nline \"q\" \\");
        assertThat(row.get("e")).isEqualTo("small");
        assertThat(row.get("set")).isEqualTo("a,b");
        assertThat(row.get("g")).isEqualTo("POINT(1.5 2.5)");
        assertThat(row.get("x")).isEqualTo("?");
        assertThat(row.get("s", byte[].class)).isEqualTo(utf8("h\u00e9llo \u20ac\ud83d\ude00"));
    }

    @Test
    void readsByteStringsAsTheBytesTheirBase64Encodes() {
        SingleStoreRow row = this.rows.get(0);

        assertThat(row.get("bin", byte[].class)).isEqualTo(new byte[]{0, 1, 2, 3});
        assertThat(row.get("bin")).isEqualTo(ByteBuffer.wrap(new byte[]{0, 1, 2, 3}));
        assertThat(row.get("vb", byte[].class)).isEqualTo(new byte[]{(byte) 0xFF});
        assertThat(row.get("blob", byte[].class)).isEmpty();
    }

    @Test
    void readsJsonAsItsText() {
        SingleStoreRow row = this.rows.get(0);

        assertThat(row.get("j")).isEqualTo("{\"a\":[1,\"x\",true,null],\"b\":{\"c\":-0,\"\u00e9\\\"\":1.50}}");
    }

    @Test
    void readsNullsAsNull() {
        SingleStoreRow row = this.rows.get(1);
        Class<?>[] types = {String.class, Long.class, BigDecimal.class, byte[].class, LocalDateTime.class,
            Object.class};

        for (int i = 0; i < GoldenBodies.ALL_TYPES_COLUMNS.length; i++) {
            assertThat(row.isNull(i)).as("column %d", i).isTrue();
            assertThat(row.get(i)).as("column %d", i).isNull();
        }
        for (Class<?> type : types) {
            assertThat(row.get("s", type)).as("%s", type).isNull();
        }
        assertThat(row.getLong(0)).isZero();
    }

    @Test
    void readsJsonValuesAndNumbersOfOtherColumns() {
        List<ServerMessage> messages = decode(false, utf8(GoldenBodies.JSON_VALUES));
        SingleStoreRowMetadata json = new SingleStoreRowMetadata(((ResultSetMetadata) messages.get(0)).columns(),
            CODECS);
        List<SingleStoreRow> values = new ArrayList<>();
        for (ServerMessage message : messages.subList(1, messages.size() - 1)) {
            values.add(new SingleStoreRow((RowMessage) message, json, CODECS, CodecContext.defaults()));
        }
        try {
            assertThat(values.get(0).get("j")).isEqualTo("\"it's \\\"quoted\\\"\\u0001\\t/\u00e9\"");
            assertThat(values.get(0).get("v")).isEqualTo("[1.5,-2,3e2]");
            assertThat(values.get(0).get("d", Double.class)).isEqualTo(-0.0);
            assertThat(1 / values.get(0).getDouble(2)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(1 / values.get(1).getDouble(2)).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(values.get(2).get("d")).isEqualTo(1e21);
            assertThat(values.get(2).get("j")).isEqualTo("true");
            assertThat(values.get(4).get("j")).isNull();
            assertThat(values.get(5).get("d")).isEqualTo(1.2345678901234568E29);
        } finally {
            values.forEach(SingleStoreRow::release);
        }
    }
}
