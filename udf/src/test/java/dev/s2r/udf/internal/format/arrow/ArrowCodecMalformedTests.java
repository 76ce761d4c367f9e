/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format.arrow;

import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * A body that is not an Arrow IPC file of the row ids and the arguments' types fails with a
 * {@link MalformedBatchException} (answered with 400) saying what is wrong, and leaves no Arrow or Netty memory
 * behind.
 */
class ArrowCodecMalformedTests {

    private static final List<WireType> ONE_INT = List.of(WireType.INT64);

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
    void aBodyThatIsNotArrowIsMalformed() {
        assertMalformed("{\"data\": [[1, 2]]}".getBytes(StandardCharsets.UTF_8), ONE_INT)
            .hasMessageContaining("not an Arrow IPC file");
    }

    @Test
    void anEmptyBodyIsMalformed() {
        assertMalformed(new byte[0], ONE_INT).hasMessageContaining("0 bytes");
    }

    @Test
    void anArrowStreamInsteadOfAFileIsMalformed() {
        assertMalformed(ArrowFiles.stream(bigInts("row_id", 1L), bigInts("n", 2L)), ONE_INT)
            .hasMessageContaining("Arrow IPC stream, not an Arrow IPC file");
    }

    @Test
    void aFileCutShortIsMalformed() {
        byte[] file = intFile();

        assertMalformed(Arrays.copyOf(file, file.length - 1), ONE_INT).hasMessageContaining("truncated");
    }

    @Test
    void aFileCutAtAnyLengthIsMalformed() {
        byte[] file = intFile();
        for (int length = 0; length < file.length; length++) {
            assertMalformed(Arrays.copyOf(file, length), ONE_INT);
        }
    }

    @Test
    void aFileWithAnyOneByteCorruptedDecodesOrIsMalformed() {
        byte[] file = ArrowFiles.file(bigInts("row_id", 4L, 2L), bigInts("n", 40L, null), strings("s", "ab", "c"));
        for (int index = 0; index < file.length; index++) {
            for (int flip : new int[] {0x01, 0x80, 0xFF}) {
                byte[] corrupted = file.clone();
                corrupted[index] ^= (byte) flip;
                decodeOrMalformed(corrupted, index);
            }
        }
    }

    @Test
    void rowIdsThatAreNotIntegersAreMalformed() {
        assertMalformed(ArrowFiles.file(strings("row_id", "a"), bigInts("n", 1L)), ONE_INT)
            .hasMessageContaining("column 0 ('row_id', Arrow Utf8) must hold the integer row ids");
    }

    @Test
    void aNullRowIdIsMalformed() {
        assertMalformed(ArrowFiles.file(bigInts("row_id", 1L, null), bigInts("n", 1L, 2L)), ONE_INT)
            .hasMessageContaining("row id of row 1 is NULL");
    }

    @Test
    void tooFewColumnsAreMalformed() {
        assertMalformed(ArrowFiles.file(bigInts("row_id", 1L), bigInts("n", 1L)),
            List.of(WireType.INT64, WireType.STRING))
            .hasMessageContaining("the file has 2 columns, not 3 (the row ids and 2 arguments)");
    }

    @Test
    void tooManyColumnsAreMalformed() {
        assertMalformed(ArrowFiles.file(bigInts("row_id", 1L), bigInts("n", 1L), bigInts("m", 2L)), ONE_INT)
            .hasMessageContaining("the file has 3 columns, not 2");
    }

    @Test
    void aColumnWhoseTypeCannotCarryItsArgumentIsMalformed() {
        assertMalformed(ArrowFiles.file(bigInts("row_id", 1L), strings("n", "12")), ONE_INT)
            .hasMessageContaining("column 1 ('n', Arrow Utf8) cannot carry argument 0 of type int64");
    }

    @Test
    void aTimestampWithATimeZoneCannotCarryADatetime() {
        TimeStampMicroTZVector zoned = new TimeStampMicroTZVector("at", this.files, "UTC");
        zoned.allocateNew(1);
        zoned.set(0, 0L);
        zoned.setValueCount(1);

        assertMalformed(ArrowFiles.file(bigInts("row_id", 1L), zoned), List.of(WireType.DATETIME))
            .hasMessageContaining("cannot carry argument 0 of type datetime6");
    }

    @Test
    void decimalTextThatIsNotANumberIsMalformed() {
        assertMalformed(ArrowFiles.file(bigInts("row_id", 1L), strings("d", "12,5")), List.of(WireType.DECIMAL))
            .hasMessageContaining("row 0 of column d is not a decimal: '12,5'");
    }

    private byte[] intFile() {
        return ArrowFiles.file(bigInts("row_id", 4L, 2L), bigInts("n", 40L, null));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertMalformed(byte[] file, List<WireType> types) {
        ByteBuf body = ArrowFiles.body(file);
        try {
            return assertThatThrownBy(() -> this.codec.decode(body, types))
                .isInstanceOf(MalformedBatchException.class);
        } finally {
            body.release();
        }
    }

    private void decodeOrMalformed(byte[] file, int corruptedIndex) {
        ByteBuf body = ArrowFiles.body(file);
        try {
            this.codec.decode(body, List.of(WireType.INT64, WireType.STRING));
        } catch (MalformedBatchException expected) {
            // either outcome is fine: the file may still be a valid one
        } catch (RuntimeException | Error e) {
            fail("byte " + corruptedIndex + " corrupted: " + e, e);
        } finally {
            body.release();
        }
        assertThat(this.arrow.getAllocatedMemory()).as("byte %d corrupted", corruptedIndex).isZero();
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

    private VarCharVector strings(String name, String... values) {
        VarCharVector vector = new VarCharVector(name, this.files);
        vector.allocateNew();
        for (int i = 0; i < values.length; i++) {
            vector.setSafe(i, values[i].getBytes(StandardCharsets.UTF_8));
        }
        vector.setValueCount(values.length);
        return vector;
    }
}
