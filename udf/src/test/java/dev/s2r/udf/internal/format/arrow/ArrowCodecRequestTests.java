/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format.arrow;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.Decimal256Vector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.DurationVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarBinaryVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeStampMilliVector;
import org.apache.arrow.vector.TimeStampNanoVector;
import org.apache.arrow.vector.TimeStampSecVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ArrowCodec} decodes request files built with the Arrow Java API as the engine sends them
 * (python-sdk-services.md §2.9: an IPC file, row ids in column 0, the arguments after, NULLs as validity bits). The
 * engine's Arrow column types are unverified, so every type the codec accepts for an argument is tried.
 */
class ArrowCodecRequestTests {

    private final RootAllocator files = new RootAllocator();
    private final RootAllocator arrow = new RootAllocator();
    private final ArrowCodec codec = new ArrowCodec(this.arrow);

    @AfterEach
    void everyCallReturnsAllItsArrowMemory() {
        assertThat(this.arrow.getAllocatedMemory()).isZero();
        this.arrow.close();
        this.files.close();
    }

    @Test
    void decodesNonSequentialRowIdsAndTheArgumentsWithTheirNulls() {
        BigIntVector numbers = bigInts("n", 10L, null, -3L);
        VarCharVector names = new VarCharVector("name", this.files);
        names.allocateNew();
        names.setSafe(0, "ada".getBytes(StandardCharsets.UTF_8));
        names.setNull(1);
        names.setSafe(2, "".getBytes(StandardCharsets.UTF_8));
        names.setValueCount(3);

        Batch batch = decode(ArrowFiles.file(bigInts("row_id", 9001L, 3L, 1L << 50), numbers, names),
            WireType.INT64, WireType.STRING);

        assertThat(Arrays.copyOf(batch.rowIds(), batch.size())).containsExactly(9001L, 3L, 1L << 50);
        assertThat(ArrowFiles.values(batch.column(0))).containsExactly(10L, null, -3L);
        assertThat(ArrowFiles.values(batch.column(1))).containsExactly("ada", null, "");
    }

    @Test
    void rowIdsMayUseAnyIntegerWidth() {
        IntVector ids = new IntVector("row_id", this.files);
        ids.allocateNew(2);
        ids.set(0, 17);
        ids.set(1, 4);
        ids.setValueCount(2);

        Batch batch = decode(ArrowFiles.file(ids, bigInts("n", 1L, 2L)), WireType.INT64);

        assertThat(Arrays.copyOf(batch.rowIds(), batch.size())).containsExactly(17L, 4L);
    }

    @Test
    void integerArgumentsAcceptEverySignedAndUnsignedWidth() {
        TinyIntVector tiny = new TinyIntVector("i8", this.files);
        tiny.allocateNew(1);
        tiny.set(0, -5);
        tiny.setValueCount(1);
        SmallIntVector small = new SmallIntVector("i16", this.files);
        small.allocateNew(1);
        small.set(0, -300);
        small.setValueCount(1);
        UInt1Vector ubyte = new UInt1Vector("u8", this.files);
        ubyte.allocateNew(1);
        ubyte.set(0, 200);
        ubyte.setValueCount(1);
        UInt4Vector uint = new UInt4Vector("u32", this.files);
        uint.allocateNew(1);
        uint.set(0, -1);
        uint.setValueCount(1);
        UInt8Vector ulong = new UInt8Vector("u64", this.files);
        ulong.allocateNew(1);
        ulong.set(0, -1L);
        ulong.setValueCount(1);

        Batch batch = decode(ArrowFiles.file(bigInts("row_id", 1L), tiny, small, ubyte, uint, ulong),
            WireType.INT8, WireType.INT64, WireType.UINT8, WireType.UINT32, WireType.UINT64);

        assertThat(List.of(batch.column(0).getLong(0), batch.column(1).getLong(0), batch.column(2).getLong(0),
            batch.column(3).getLong(0), batch.column(4).getLong(0)))
            .containsExactly(-5L, -300L, 200L, 4294967295L, -1L);
    }

    @Test
    void boolArgumentsAcceptBoolAndIntegerColumns() {
        BitVector bits = new BitVector("b", this.files);
        bits.allocateNew(3);
        bits.set(0, 1);
        bits.set(1, 0);
        bits.setNull(2);
        bits.setValueCount(3);

        Batch batch = decode(ArrowFiles.file(bigInts("row_id", 1L, 2L, 3L), bits, bigInts("i", 7L, 0L, null)),
            WireType.BOOL, WireType.BOOL);

        assertThat(ArrowFiles.values(batch.column(0))).containsExactly(1L, 0L, null);
        assertThat(ArrowFiles.values(batch.column(1))).containsExactly(1L, 0L, null);
    }

    @Test
    void floatArgumentsAcceptSinglePrecision() {
        Float4Vector floats = new Float4Vector("f", this.files);
        floats.allocateNew(2);
        floats.set(0, 0.1f);
        floats.setNull(1);
        floats.setValueCount(2);

        Batch batch = decode(ArrowFiles.file(bigInts("row_id", 1L, 2L), floats), WireType.FLOAT64);

        assertThat(ArrowFiles.values(batch.column(0))).containsExactly((double) 0.1f, null);
    }

    @Test
    void decimalArgumentsAcceptDecimal128Decimal256AndDecimalText() {
        DecimalVector d128 = new DecimalVector("d128", this.files, 10, 3);
        d128.allocateNew(2);
        d128.set(0, new BigDecimal("-1234567.891"));
        d128.setNull(1);
        d128.setValueCount(2);
        Decimal256Vector d256 = new Decimal256Vector("d256", this.files, 65, 5);
        d256.allocateNew(2);
        d256.set(0, new BigDecimal("123456789012345678901234567890123456789012345678901234567890.12345"));
        d256.set(1, new BigDecimal("0.00000"));
        d256.setValueCount(2);
        LargeVarCharVector text = new LargeVarCharVector("text", this.files);
        text.allocateNew();
        text.setNull(0);
        text.setSafe(1, " 1e-3".getBytes(StandardCharsets.UTF_8));
        text.setValueCount(2);

        Batch batch = decode(ArrowFiles.file(bigInts("row_id", 1L, 2L), d128, d256, text),
            WireType.DECIMAL, WireType.DECIMAL, WireType.DECIMAL);

        assertThat(ArrowFiles.values(batch.column(0))).containsExactly(new BigDecimal("-1234567.891"), null);
        assertThat(ArrowFiles.values(batch.column(1))).containsExactly(
            new BigDecimal("123456789012345678901234567890123456789012345678901234567890.12345"),
            new BigDecimal("0.00000"));
        assertThat(ArrowFiles.values(batch.column(2))).containsExactly(null, new BigDecimal("1e-3"));
    }

    @Test
    void stringAndBinaryArgumentsAcceptLargeAndFixedSizeColumns() {
        LargeVarCharVector text = new LargeVarCharVector("s", this.files);
        text.allocateNew();
        text.setSafe(0, "{\"k\":1}".getBytes(StandardCharsets.UTF_8));
        text.setValueCount(1);
        LargeVarBinaryVector large = new LargeVarBinaryVector("lb", this.files);
        large.allocateNew();
        large.setSafe(0, new byte[] {1, 2, 3});
        large.setValueCount(1);
        FixedSizeBinaryVector fixed = new FixedSizeBinaryVector("fb", this.files, 2);
        fixed.allocateNew(1);
        fixed.set(0, new byte[] {-1, 0});
        fixed.setValueCount(1);

        Batch batch = decode(ArrowFiles.file(bigInts("row_id", 5L), text, large, fixed),
            WireType.JSON, WireType.BINARY, WireType.BINARY);

        assertThat(batch.column(0).getObject(0)).isEqualTo("{\"k\":1}");
        assertThat((byte[]) batch.column(1).getObject(0)).containsExactly(1, 2, 3);
        assertThat((byte[]) batch.column(2).getObject(0)).containsExactly(-1, 0);
    }

    @Test
    void dateArgumentsAcceptDate64Milliseconds() {
        DateMilliVector millis = new DateMilliVector("d", this.files);
        millis.allocateNew(2);
        millis.set(0, LocalDate.of(2024, 2, 29).toEpochDay() * 86_400_000L);
        millis.set(1, -86_400_000L);
        millis.setValueCount(2);

        Batch batch = decode(ArrowFiles.file(bigInts("row_id", 1L, 2L), millis), WireType.DATE);

        assertThat(ArrowFiles.values(batch.column(0)))
            .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(1969, 12, 31));
    }

    @Test
    void timeArgumentsAcceptTimeOfDayColumnsAndNegativeDurations() {
        TimeMilliVector time32 = new TimeMilliVector("t32", this.files);
        time32.allocateNew(1);
        time32.set(0, 45_296_789);
        time32.setValueCount(1);
        TimeNanoVector time64 = new TimeNanoVector("t64", this.files);
        time64.allocateNew(1);
        time64.set(0, 1_000_001_000L);
        time64.setValueCount(1);
        DurationVector duration = new DurationVector("dur",
            FieldType.nullable(new ArrowType.Duration(TimeUnit.SECOND)), this.files);
        duration.allocateNew(1);
        duration.set(0, -3_020_399L);
        duration.setValueCount(1);

        Batch batch = decode(ArrowFiles.file(bigInts("row_id", 1L), time32, time64, duration),
            WireType.TIME, WireType.TIME, WireType.TIME);

        assertThat(batch.column(0).getObject(0)).isEqualTo(Duration.parse("PT12H34M56.789S"));
        assertThat(batch.column(1).getObject(0)).isEqualTo(Duration.parse("PT1.000001S"));
        assertThat(batch.column(2).getObject(0)).isEqualTo(Duration.parse("-PT838H59M59S"));
    }

    @Test
    void datetimeArgumentsAcceptTimestampsOfEveryUnit() {
        TimeStampSecVector seconds = new TimeStampSecVector("s", this.files);
        seconds.allocateNew(1);
        seconds.set(0, -1L);
        seconds.setValueCount(1);
        TimeStampMilliVector millis = new TimeStampMilliVector("ms", this.files);
        millis.allocateNew(1);
        millis.set(0, 1_700_000_000_123L);
        millis.setValueCount(1);
        TimeStampNanoVector nanos = new TimeStampNanoVector("ns", this.files);
        nanos.allocateNew(1);
        nanos.set(0, -1L);
        nanos.setValueCount(1);

        Batch batch = decode(ArrowFiles.file(bigInts("row_id", 1L), seconds, millis, nanos),
            WireType.DATETIME, WireType.DATETIME, WireType.DATETIME);

        assertThat(batch.column(0).getObject(0)).isEqualTo(LocalDateTime.parse("1969-12-31T23:59:59"));
        assertThat(batch.column(1).getObject(0)).isEqualTo(LocalDateTime.parse("2023-11-14T22:13:20.123"));
        assertThat(batch.column(2).getObject(0)).isEqualTo(LocalDateTime.parse("1969-12-31T23:59:59.999999999"));
    }

    @Test
    void readsEveryRecordBatchOfAFile() {
        VectorSchemaRoot root = new VectorSchemaRoot(List.of(bigInts("row_id", 1L, 2L), bigInts("n", 10L, 20L)));
        root.setRowCount(2);
        byte[] file;
        try (root) {
            file = ArrowFiles.fileOfTwoBatches(root, r -> {
                BigIntVector ids = (BigIntVector) r.getVector(0);
                BigIntVector n = (BigIntVector) r.getVector(1);
                ids.set(0, 99);
                n.setNull(0);
                ids.setValueCount(1);
                n.setValueCount(1);
                r.setRowCount(1);
            });
        }

        Batch batch = decode(file, WireType.INT64);

        assertThat(Arrays.copyOf(batch.rowIds(), batch.size())).containsExactly(1L, 2L, 99L);
        assertThat(ArrowFiles.values(batch.column(0))).containsExactly(10L, 20L, null);
    }

    @Test
    void readsFromTheBodysReaderIndexInADirectBuffer() {
        byte[] file = ArrowFiles.file(bigInts("row_id", 8L), bigInts("n", 80L));
        ByteBuf body = PooledByteBufAllocator.DEFAULT.directBuffer();
        try {
            body.writeBytes(new byte[] {1, 2, 3}).writeBytes(file).readerIndex(3);

            Batch batch = this.codec.decode(body, List.of(WireType.INT64));

            assertThat(batch.rowId(0)).isEqualTo(8L);
            assertThat(batch.column(0).getLong(0)).isEqualTo(80L);
        } finally {
            body.release();
        }
    }

    private Batch decode(byte[] file, WireType... types) {
        ByteBuf body = ArrowFiles.body(file);
        try {
            return this.codec.decode(body, List.of(types));
        } finally {
            body.release();
        }
    }

    private BigIntVector bigInts(String name, Long... values) {
        BigIntVector vector = new BigIntVector(name, this.files);
        vector.allocateNew(values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                vector.setNull(i);
            } else {
                vector.set(i, values[i]);
            }
        }
        vector.setValueCount(values.length);
        return vector;
    }
}
