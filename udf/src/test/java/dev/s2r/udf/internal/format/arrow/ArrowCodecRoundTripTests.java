/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format.arrow;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link ArrowCodec} encodes it decodes back unchanged, and a response has the layout of
 * python-sdk-services.md §2.9: an IPC file of {@code __index__} then {@code col0, col1, ...}.
 */
class ArrowCodecRoundTripTests {

    private static final long[] ROW_IDS = {42, 7, 1L << 40, -3};

    private final RootAllocator arrow = new RootAllocator();
    private final ArrowCodec codec = new ArrowCodec(this.arrow);

    @AfterEach
    void everyCallReturnsAllItsArrowMemory() {
        assertThat(this.arrow.getAllocatedMemory()).isZero();
        this.arrow.close();
    }

    @ParameterizedTest
    @EnumSource(WireType.class)
    void everyWireTypeRoundTripsWithItsNulls(WireType type) {
        List<Object> values = samples(type);
        ByteBuf body = this.codec.encode(batchOf(List.of(type), List.of(values)), List.of(type),
            ByteBufAllocator.DEFAULT);
        try {
            Batch back = this.codec.decode(body, List.of(type));

            assertThat(Arrays.copyOf(back.rowIds(), back.size())).containsExactly(ROW_IDS);
            assertThat(ArrowFiles.values(back.column(0))).containsExactlyElementsOf(values);
        } finally {
            body.release();
        }
    }

    @Test
    void aBatchOfEveryWireTypeRoundTrips() {
        List<WireType> types = List.of(WireType.values());
        List<List<Object>> columns = new ArrayList<>();
        types.forEach(type -> columns.add(samples(type)));
        ByteBuf body = this.codec.encode(batchOf(types, columns), types, ByteBufAllocator.DEFAULT);
        try {
            Batch back = this.codec.decode(body, types);

            assertThat(back.width()).isEqualTo(types.size());
            for (int i = 0; i < types.size(); i++) {
                assertThat(ArrowFiles.values(back.column(i))).as(types.get(i).name())
                    .containsExactlyElementsOf(columns.get(i));
            }
        } finally {
            body.release();
        }
    }

    @Test
    void aResponseNamesItsColumnsIndexThenCol0Col1AndSoOn() {
        List<WireType> types = List.of(WireType.INT64, WireType.STRING, WireType.DATE);
        List<List<Object>> columns = List.of(samples(WireType.INT64), samples(WireType.STRING),
            samples(WireType.DATE));
        ByteBuf body = this.codec.encode(batchOf(types, columns), types, ByteBufAllocator.DEFAULT);
        try {
            List<String> names = new ArrayList<>();
            ArrowFiles.schema(body).getFields().forEach(field -> names.add(field.getName()));

            assertThat(names).containsExactly("__index__", "col0", "col1", "col2");
        } finally {
            body.release();
        }
    }

    @Test
    void aResponseUsesTheDocumentedArrowTypes() {
        List<WireType> types = List.of(WireType.BOOL, WireType.INT8, WireType.UINT16, WireType.FLOAT32,
            WireType.FLOAT64, WireType.DECIMAL, WireType.JSON, WireType.BINARY, WireType.DATE, WireType.TIME,
            WireType.DATETIME);
        List<List<Object>> columns = new ArrayList<>();
        types.forEach(type -> columns.add(samples(type)));
        ByteBuf body = this.codec.encode(batchOf(types, columns), types, ByteBufAllocator.DEFAULT);
        try {
            List<ArrowType> arrowTypes = new ArrayList<>();
            ArrowFiles.schema(body).getFields().forEach(field -> arrowTypes.add(field.getType()));

            assertThat(arrowTypes).containsExactly(new ArrowType.Int(64, true), ArrowType.Bool.INSTANCE,
                new ArrowType.Int(64, true), new ArrowType.Int(64, false),
                new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE),
                new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), ArrowType.Utf8.INSTANCE,
                ArrowType.Utf8.INSTANCE, ArrowType.Binary.INSTANCE, new ArrowType.Date(DateUnit.DAY),
                new ArrowType.Duration(TimeUnit.MICROSECOND), new ArrowType.Timestamp(TimeUnit.MICROSECOND, null));
        } finally {
            body.release();
        }
    }

    @Test
    void aResponseIsAnIpcFileNotAStream() {
        ByteBuf body = this.codec.encode(batchOf(List.of(WireType.INT64), List.of(samples(WireType.INT64))),
            List.of(WireType.INT64), ByteBufAllocator.DEFAULT);
        try {
            byte[] bytes = ByteBufUtil.getBytes(body);
            byte[] magic = "ARROW1".getBytes(StandardCharsets.US_ASCII);

            assertThat(Arrays.copyOfRange(bytes, 0, magic.length)).isEqualTo(magic);
            assertThat(Arrays.copyOfRange(bytes, bytes.length - magic.length, bytes.length)).isEqualTo(magic);
        } finally {
            body.release();
        }
    }

    @Test
    void aBatchOfNoRowsRoundTrips() {
        List<WireType> types = List.of(WireType.STRING, WireType.FLOAT64);
        ByteBuf body = this.codec.encode(Batch.of(types, 0), types, ByteBufAllocator.DEFAULT);
        try {
            Batch back = this.codec.decode(body, types);

            assertThat(back.size()).isZero();
            assertThat(back.width()).isEqualTo(2);
        } finally {
            body.release();
        }
    }

    @Test
    void theSharedRootAllocatorServesTheNoArgumentCodec() {
        ArrowCodec shared = new ArrowCodec();
        List<WireType> types = List.of(WireType.STRING);
        ByteBuf body = shared.encode(batchOf(types, List.of(samples(WireType.STRING))), types,
            ByteBufAllocator.DEFAULT);
        try {
            assertThat(ArrowFiles.values(shared.decode(body, types).column(0)))
                .containsExactlyElementsOf(samples(WireType.STRING));
        } finally {
            body.release();
        }
    }

    @Test
    void encodingAValueOfTheWrongClassFailsAndFreesEverything() {
        Column dates = Column.of(WireType.DATE);
        dates.addObject("2024-01-01");

        assertThatThrownBy(() -> this.codec.encode(Batch.of(new long[] {1}, 1, dates), List.of(WireType.DATE),
            ByteBufAllocator.DEFAULT))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("java.lang.String")
            .hasMessageContaining("java.time.LocalDate");
    }

    /** Values at the edges of each type, with a NULL among them; one more row than {@link #ROW_IDS} is never used. */
    private static List<Object> samples(WireType type) {
        return Arrays.asList(switch (type) {
            case BOOL -> new Object[] {1L, null, 0L, 1L};
            case INT8 -> new Object[] {-128L, 127L, null, 0L};
            case INT16 -> new Object[] {-32768L, null, 32767L, 1L};
            case INT32 -> new Object[] {(long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, 0L, null};
            case INT64 -> new Object[] {Long.MIN_VALUE, null, Long.MAX_VALUE, -1L};
            case UINT8 -> new Object[] {255L, 0L, null, 1L};
            case UINT16 -> new Object[] {65535L, null, 0L, 2L};
            case UINT32 -> new Object[] {4294967295L, 0L, 3L, null};
            case UINT64 -> new Object[] {-1L, Long.MIN_VALUE, null, 0L};
            case FLOAT32 -> new Object[] {1.5, null, (double) Float.MAX_VALUE, -0.25};
            case FLOAT64 -> new Object[] {Math.PI, -1e300, Double.NaN, null};
            case DECIMAL -> new Object[] {new BigDecimal("12345678901234567890123456789012345678901234567890.123456789"
                + "012345"), null, new BigDecimal("-0.001"), new BigDecimal("0")};
            case STRING -> new Object[] {"héllo ☃ 𝄞", "", null, "plain"};
            case JSON -> new Object[] {"{\"a\":[1,2,null]}", null, "\"text\"", "null"};
            case BINARY -> new Object[] {new byte[] {0, -1, 127}, new byte[0], null, new byte[] {42}};
            case DATE -> new Object[] {LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31), null,
                LocalDate.of(1969, 12, 31)};
            case TIME -> new Object[] {Duration.parse("-PT838H59M59.000001S"), Duration.parse("PT838H59M59.999999S"),
                Duration.ZERO, null};
            case DATETIME -> new Object[] {LocalDateTime.of(1000, 1, 1, 0, 0),
                LocalDateTime.parse("9999-12-31T23:59:59.999999"), null, LocalDateTime.parse("1969-12-31T23:59:59.5")};
        });
    }

    private static Batch batchOf(List<WireType> types, List<List<Object>> columns) {
        Batch batch = Batch.of(types, ROW_IDS.length);
        for (long rowId : ROW_IDS) {
            batch.addRowId(rowId);
        }
        for (int i = 0; i < types.size(); i++) {
            Column column = batch.column(i);
            for (Object value : columns.get(i)) {
                if (value == null) {
                    column.addNull();
                } else if (value instanceof Long number) {
                    column.addLong(number);
                } else if (value instanceof Double number) {
                    column.addDouble(number);
                } else {
                    column.addObject(value);
                }
            }
        }
        return batch;
    }
}
