/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import com.sun.management.ThreadMXBean;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;

import static dev.s2r.udf.internal.format.Batches.batch;
import static dev.s2r.udf.internal.format.Batches.decode;
import static dev.s2r.udf.internal.format.Batches.types;
import static dev.s2r.udf.internal.format.RowDat1Body.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** ROWDAT_1 bodies that break the layout of python-sdk-services.md §2.8 fail with a clear typed error. */
final class RowDat1MalformedTests {

    private static final BatchCodec CODEC = new RowDat1Codec();

    /** Decodes a body that must fail; checks the codec neither released nor kept the buffer; returns the message. */
    private static AbstractStringAssert<?> assertMalformed(byte[] body, WireType... types) {
        ByteBuf buffer = PooledByteBufAllocator.DEFAULT.directBuffer(body.length).writeBytes(body);
        try {
            MalformedBatchException error = catchThrowableOfType(MalformedBatchException.class,
                () -> CODEC.decode(buffer, types(types)));
            assertThat(error).as("a MalformedBatchException").isNotNull();
            assertThat(buffer.refCnt()).isEqualTo(1);
            return assertThat(error.getMessage());
        } finally {
            buffer.release();
        }
    }

    @Test
    void rowIdCutShortIsTruncated() {
        assertMalformed(body().row(1).int64Cell(2).raw(new byte[5]).bytes(), WireType.INT64)
            .isEqualTo("ROWDAT_1 body is truncated: row 1 at byte 17 needs 8 bytes for its row id, 5 left");
    }

    @Test
    void cellCutShortIsTruncated() {
        assertMalformed(body().row(1).int64Cell(2).byte1(0).int64(3).bytes(), WireType.INT64, WireType.INT64,
            WireType.INT64).contains("truncated", "row 0", "column 2 (INT64)", "needs 9 bytes");
    }

    @Test
    void textShorterThanItsLengthRunsPastTheBody() {
        assertMalformed(body().row(1).byte1(0).int64(10).raw((byte) 'a', (byte) 'b').bytes(), WireType.STRING)
            .isEqualTo("ROWDAT_1 row 0, column 0 (STRING) at byte 8: length 10 runs past the 2 bytes left");
    }

    @Test
    void negativeLengthIsRefused() {
        assertMalformed(body().row(1).byte1(0).int64(-1).bytes(), WireType.BINARY).contains("negative length -1");
    }

    @Test
    void lengthBeyondTwoGigabytesIsRefusedWithoutAllocating() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[] body = body().row(1).byte1(0).int64(Integer.MAX_VALUE + 1L).raw(new byte[16]).bytes();
        assertMalformed(body, WireType.STRING);
        long before = threads.getCurrentThreadAllocatedBytes();

        assertMalformed(body().row(1).byte1(0).int64(Integer.MAX_VALUE - 8).raw(new byte[16]).bytes(),
            WireType.BINARY).contains("length 2147483639 runs past the 16 bytes left");

        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1 << 20);
    }

    @Test
    void nullLengthIsCheckedLikeAnyOther() {
        assertMalformed(body().row(1).byte1(1).int64(100).bytes(), WireType.DECIMAL).contains("runs past");
    }

    @Test
    void nullByteOtherThanZeroOrOneIsRefused() {
        assertMalformed(body().row(1).byte1(2).int64(0).bytes(), WireType.INT64)
            .contains("null byte 2 is neither 0 nor 1");
    }

    @Test
    void badNullByteInALaterRowOfNumbersNamesItsRowAndOffset() {
        byte[] body = body().row(1).int64Cell(2).doubleCell(0.5).row(2).int64Cell(3).byte1(7).int64(0).bytes();

        assertMalformed(body, WireType.INT64, WireType.FLOAT64)
            .isEqualTo("ROWDAT_1 row 1, column 1 (FLOAT64) at byte 43: null byte 7 is neither 0 nor 1");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        assertMalformed(body().row(1).bytesCell(new byte[] {'a', (byte) 0xC3, '('}).bytes(), WireType.STRING)
            .contains("column 0 (STRING)", "the 3 bytes are not UTF-8");
    }

    @Test
    void encodedSurrogateIsNotUtf8() {
        assertMalformed(body().row(1).bytesCell(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).bytes(),
            WireType.JSON).contains("not UTF-8");
    }

    @Test
    void replacementCharacterItselfIsValidText() {
        Batch batch = decode(CODEC, body().row(1).textCell("a\uFFFDb").bytes(), types(WireType.STRING));

        assertThat(batch.column(0).getObject(0)).isEqualTo("a\uFFFDb");
    }

    @Test
    void decimalThatIsNotANumberIsRefused() {
        assertMalformed(body().row(1).textCell("12.x").bytes(), WireType.DECIMAL)
            .contains("DECIMAL text \"12.x\" is not a number");
        assertMalformed(body().row(1).textCell("").bytes(), WireType.DECIMAL).contains("is not a number");
    }

    @Test
    void dateWithMonthThirteenIsRefused() {
        assertMalformed(body().row(1).int64Cell(2024_13_01L).bytes(), WireType.DATE)
            .contains("column 0 (DATE)", "DATE code 20241301 is not a valid yyyymmdd date");
    }

    @Test
    void dateThatDoesNotExistIsRefused() {
        assertMalformed(body().row(1).int64Cell(2023_02_29L).bytes(), WireType.DATE).contains("20230229");
        assertMalformed(body().row(1).int64Cell(0).bytes(), WireType.DATE).contains("DATE code 0");
        assertMalformed(body().row(1).int64Cell(-2024_01_01L).bytes(), WireType.DATE).contains("-20240101");
    }

    @Test
    void datetimeWithMonthThirteenIsRefused() {
        long packed = ((((2024L << 4 | 13) << 5 | 1) << 5) << 6 << 6) << 20;

        assertMalformed(body().row(1).int64Cell(packed).bytes(), WireType.DATETIME)
            .contains("column 0 (DATETIME)", "is not a valid packed date and time");
    }

    @Test
    void datetimeWithMinuteSixtyOrAMillionMicrosIsRefused() {
        long minuteSixty = (((((2024L << 4 | 1) << 5 | 1) << 5) << 6 | 60) << 6) << 20;
        long millionMicros = ((((2024L << 4 | 1) << 5 | 1) << 5) << 6 << 6) << 20 | 1_000_000;

        assertMalformed(body().row(1).int64Cell(minuteSixty).bytes(), WireType.DATETIME).contains("DATETIME code");
        assertMalformed(body().row(1).int64Cell(millionMicros).bytes(), WireType.DATETIME).contains("DATETIME code");
        assertMalformed(body().row(1).int64Cell(-1).bytes(), WireType.DATETIME).contains("DATETIME code -1");
    }

    @Test
    void timeWithSixtyMinutesIsRefused() {
        assertMalformed(body().row(1).int64Cell(1_60_00L * 1_000_000).bytes(), WireType.TIME)
            .contains("minutes or seconds above 59");
        assertMalformed(body().row(1).int64Cell(Long.MIN_VALUE).bytes(), WireType.TIME).contains("out of range");
    }

    @Test
    void laterRowNamesItsRowAndOffset() {
        byte[] body = body().row(1).int64Cell(2024_01_01L).row(2).int64Cell(2024_00_01L).bytes();

        assertMalformed(body, WireType.DATE).startsWith("ROWDAT_1 row 1, column 0 (DATE) at byte 25: ");
    }

    @Test
    void dateBeyondYear9999CannotBeEncodedAndItsBufferIsReleased() {
        RecordingAllocator allocator = new RecordingAllocator();
        List<WireType> types = types(WireType.INT64, WireType.DATE);
        Batch batch = batch(types, new Object[] {1L, 5L, LocalDate.of(2024, 1, 1)},
            new Object[] {2L, 6L, LocalDate.of(10_000, 1, 1)});

        assertThatThrownBy(() -> CODEC.encode(batch, types, allocator))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("ROWDAT_1 cannot carry row 1, column 1 (DATE): year 10000 is outside 0-9999, the range of the"
                + " engine's dates");
        assertThat(allocator.allocations()).isEqualTo(1);
        assertThat(allocator.allReleased()).isTrue();
    }

    @Test
    void loneSurrogateCannotBeEncoded() {
        RecordingAllocator allocator = new RecordingAllocator();
        Batch batch = batch(types(WireType.STRING), new Object[] {1L, "ok\uD800"});

        assertThatThrownBy(() -> CODEC.encode(batch, types(WireType.STRING), allocator))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lone surrogate at index 2");
        assertThat(allocator.allReleased()).isTrue();
    }

    @Test
    void valueOfTheWrongClassCannotBeEncoded() {
        RecordingAllocator allocator = new RecordingAllocator();
        Batch batch = batch(types(WireType.DATE), new Object[] {1L, "2024-01-01"});

        assertThatThrownBy(() -> CODEC.encode(batch, types(WireType.DATE), allocator))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0, column 0 (DATE)");
        assertThat(allocator.allReleased()).isTrue();
    }

    @Test
    void batchOfAnotherWidthCannotBeEncoded() {
        Batch batch = batch(types(WireType.INT64), new Object[] {1L, 2L});

        assertThatThrownBy(() -> CODEC.encode(batch, types(WireType.INT64, WireType.INT64),
            PooledByteBufAllocator.DEFAULT)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("the batch has 1 columns, not 2");
    }
}
