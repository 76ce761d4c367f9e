/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static dev.s2r.udf.internal.format.Batches.batch;
import static dev.s2r.udf.internal.format.Batches.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** JSON bodies that are not {@code {"data": [[row_id, ...], ...]}} of the right types fail with a clear typed error. */
final class JsonMalformedTests {

    private static final BatchCodec CODEC = new JsonCodec();

    private static AbstractStringAssert<?> assertMalformed(String body, WireType... types) {
        return assertMalformed(body.getBytes(StandardCharsets.UTF_8), types);
    }

    private static AbstractStringAssert<?> assertMalformed(byte[] bytes, WireType... types) {
        ByteBuf buffer = PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length).writeBytes(bytes);
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
    void bodyThatIsNotAnObjectIsRefused() {
        assertMalformed("[[1,2]]", WireType.INT64)
            .isEqualTo("a JSON body is an object {\"data\": [[row_id, ...], ...]}");
    }

    @Test
    void bodyWithoutDataIsRefused() {
        assertMalformed("{\"rows\":[]}", WireType.INT64).isEqualTo("the JSON body has no \"data\" member");
    }

    @Test
    void bodyWithTwoDataMembersIsRefused() {
        assertMalformed("{\"data\":[],\"data\":[]}", WireType.INT64).contains("two \"data\" members");
    }

    @Test
    void dataThatIsNotAnArrayOfArraysIsRefused() {
        assertMalformed("{\"data\":{}}", WireType.INT64).contains("\"data\" is START_OBJECT, not an array of rows");
        assertMalformed("{\"data\":[[1,2],3]}", WireType.INT64)
            .contains("JSON row 1 is VALUE_NUMBER_INT, not an array");
    }

    @Test
    void rowShorterThanTheArgumentsIsRefused() {
        assertMalformed("{\"data\":[[1,2,3],[2,5]]}", WireType.INT64, WireType.INT64)
            .isEqualTo("JSON row 1 has 2 values, not 3 (a row id and 2 arguments)");
    }

    @Test
    void rowLongerThanTheArgumentsIsRefused() {
        assertMalformed("{\"data\":[[1,2,3]]}", WireType.INT64)
            .isEqualTo("JSON row 0 has more than 2 values (a row id and 1 arguments)");
    }

    @Test
    void emptyRowHasNoRowId() {
        assertMalformed("{\"data\":[[]]}", WireType.INT64).contains("JSON row 0 starts with nothing");
    }

    @Test
    void rowIdThatIsNotAnIntegerIsRefused() {
        assertMalformed("{\"data\":[[\"1\",2]]}", WireType.INT64)
            .isEqualTo("JSON row 0 starts with the string \"1\", not an integer row id");
        assertMalformed("{\"data\":[[1.5,2]]}", WireType.INT64).contains("not an integer row id");
        assertMalformed("{\"data\":[[9223372036854775808,2]]}", WireType.INT64).contains("not an integer row id");
    }

    @Test
    void stringThatIsNotANumberInAnIntegerColumnNamesRowAndColumn() {
        assertMalformed("{\"data\":[[1,2,3],[2,4,\"abc\"]]}", WireType.INT64, WireType.INT64)
            .isEqualTo("JSON row 1, column 1 (INT64): \"abc\" is not an integer");
    }

    @Test
    void integerOutOfRangeIsRefused() {
        assertMalformed("{\"data\":[[1,9223372036854775808]]}", WireType.INT64).contains("out of the int64 range");
        assertMalformed("{\"data\":[[1,-1]]}", WireType.UINT64).contains("-1 is out of the uint64 range");
        assertMalformed("{\"data\":[[1,18446744073709551616]]}", WireType.UINT64).contains("out of the uint64 range");
        assertMalformed("{\"data\":[[1,2.5]]}", WireType.INT32).contains("\"2.5\" is not an integer");
    }

    @Test
    void exponentBombIsRefusedWithoutExpansion() {
        assertMalformed("{\"data\":[[1,1e999999999]]}", WireType.INT64).contains("out of the 64-bit range");
        assertMalformed("{\"data\":[[1,1e-999999999]]}", WireType.UINT64).contains("is not an integer");
        assertMalformed("{\"data\":[[1,1e999999999]]}", WireType.DECIMAL).contains("far outside the range");
        assertMalformed("{\"data\":[[1,\"1e-999999999\"]]}", WireType.DECIMAL).contains("far outside the range");
    }

    @Test
    void valueOfTheWrongKindIsRefused() {
        assertMalformed("{\"data\":[[1,5]]}", WireType.STRING)
            .isEqualTo("JSON row 0, column 0 (STRING): expected a string, got \"5\"");
        assertMalformed("{\"data\":[[1,\"yes\"]]}", WireType.BOOL).contains("expected true, false or an integer");
        assertMalformed("{\"data\":[[1,[1]]]}", WireType.FLOAT64).contains("expected a number, got an array");
        assertMalformed("{\"data\":[[1,{}]]}", WireType.DATE).contains("expected a YYYY-MM-DD string, got an object");
    }

    @Test
    void binaryThatIsNotBase64IsRefused() {
        assertMalformed("{\"data\":[[1,\"***\"]]}", WireType.BINARY).contains("column 0 (BINARY)", "not base64");
    }

    @Test
    void invalidDatesAndTimesAreRefused() {
        assertMalformed("{\"data\":[[1,\"2024-13-01\"]]}", WireType.DATE).contains("is not a valid date");
        assertMalformed("{\"data\":[[1,\"2024-1-01\"]]}", WireType.DATE).contains("is not YYYY-MM-DD");
        assertMalformed("{\"data\":[[1,\"1:60:00\"]]}", WireType.TIME).contains("minutes or seconds above 59");
        assertMalformed("{\"data\":[[1,\"1:00\"]]}", WireType.TIME).contains("is not [-]H:MM:SS.ffffff");
        assertMalformed("{\"data\":[[1,\"2024-02-30 00:00:00\"]]}", WireType.DATETIME)
            .contains("is not a valid date and time");
        assertMalformed("{\"data\":[[1,\"2024-02-01 00:00:00.1234567\"]]}", WireType.DATETIME)
            .contains("is not YYYY-MM-DD HH:MM:SS.ffffff");
    }

    @Test
    void invalidJsonIsRefused() {
        assertMalformed("{\"data\":[[1,2]", WireType.INT64).startsWith("the body is not valid JSON: ");
        assertMalformed("{\"data\":[[1,2]]} x", WireType.INT64).startsWith("the body is not valid JSON: ");
        assertMalformed("{\"data\":[[1,2]]} {}", WireType.INT64).isEqualTo("the JSON body goes on after its object");
        assertMalformed("", WireType.INT64).isEqualTo("a JSON body is an object {\"data\": [[row_id, ...], ...]}");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] body = "{\"data\":[[1,\"a__\"]]}".getBytes(StandardCharsets.US_ASCII);
        body[14] = (byte) 0xC3;
        body[15] = '(';

        assertMalformed(body, WireType.STRING).startsWith("the body is not valid JSON: Invalid UTF-8");
    }

    @Test
    void jsonColumnTextThatIsNotJsonCannotBeEncodedAndItsBufferIsReleased() {
        RecordingAllocator allocator = new RecordingAllocator();
        Batch batch = batch(types(WireType.JSON), new Object[] {1L, "{\"a\":1}"}, new Object[] {2L, "{\"a\":"});

        assertThatThrownBy(() -> CODEC.encode(batch, types(WireType.JSON), allocator))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("JSON cannot carry row 1, column 0");
        assertThat(allocator.allReleased()).isTrue();
    }

    @Test
    void jsonColumnTextWithTwoValuesCannotBeEncoded() {
        Batch batch = batch(types(WireType.JSON), new Object[] {1L, "1 2"});

        assertThatThrownBy(() -> CODEC.encode(batch, types(WireType.JSON), new RecordingAllocator()))
            .hasMessageContaining("the JSON text holds more than one value");
    }

    @Test
    void loneSurrogateOrOutOfRangeDateCannotBeEncoded() {
        RecordingAllocator allocator = new RecordingAllocator();
        Batch text = batch(types(WireType.STRING), new Object[] {1L, "\uDC00x"});
        Batch date = batch(types(WireType.DATE), new Object[] {1L, LocalDate.of(-1, 1, 1)});

        assertThatThrownBy(() -> CODEC.encode(text, types(WireType.STRING), allocator))
            .hasMessageContaining("lone surrogate at index 0");
        assertThatThrownBy(() -> CODEC.encode(date, types(WireType.DATE), allocator))
            .hasMessageContaining("year -1 is outside 0-9999");
        assertThat(allocator.allReleased()).isTrue();
    }
}
