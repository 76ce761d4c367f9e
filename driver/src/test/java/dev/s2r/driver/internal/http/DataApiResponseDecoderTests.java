/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static dev.s2r.driver.internal.http.Answers.decode;
import static dev.s2r.driver.internal.http.Answers.decodeBytewise;
import static dev.s2r.driver.internal.http.Answers.describe;
import static dev.s2r.driver.internal.http.Answers.textRow;
import static dev.s2r.driver.internal.http.Answers.utf8;
import static dev.s2r.driver.internal.http.GoldenBodies.AUTOCOMMIT;
import static dev.s2r.driver.internal.http.GoldenBodies.end;
import static dev.s2r.driver.internal.http.GoldenBodies.error;
import static dev.s2r.driver.internal.http.GoldenBodies.metadata;
import static dev.s2r.driver.internal.http.GoldenBodies.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit tests for {@link DataApiResponseDecoder}: the messages of golden bodies (the rows byte for byte as a MySQL
 * server sends them), whatever the chunks the body arrives in, and when each message is emitted.
 */
final class DataApiResponseDecoderTests {

    static List<GoldenBodies.Golden> golden() {
        return GoldenBodies.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void decodesAGoldenBodyFedInOnePiece(GoldenBodies.Golden golden) {
        assertThat(describe(decode(golden.exec, golden.body))).containsExactlyElementsOf(golden.messages);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void givesTheSameMessagesWhereverTheBodyIsSplit(GoldenBodies.Golden golden) {
        for (int split = 0; split <= golden.body.length; split++) {
            assertThat(describe(decode(golden.exec, golden.body, split))).as("split at %d", split)
                .containsExactlyElementsOf(golden.messages);
        }
        for (int split = 0; split + 3 <= golden.body.length; split += 7) {
            assertThat(describe(decode(golden.exec, golden.body, split, split + 1, split + 3)))
                .as("split at %d, %d and %d", split, split + 1, split + 3).containsExactlyElementsOf(golden.messages);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void givesTheSameMessagesFedOneByteAtATime(GoldenBodies.Golden golden) {
        assertThat(describe(decodeBytewise(golden.exec, golden.body))).containsExactlyElementsOf(golden.messages);
    }

    @Test
    void emitsEachMessageAsSoonAsItsJsonEnds() {
        String body = "{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"INT\"}],\"rows\":[[1],[2]]},"
            + "{\"columns\":[],\"rows\":[]}]}";
        byte[] bytes = utf8(body);
        DataApiResponseDecoder decoder = DataApiResponseDecoder.queryTuples();
        List<ServerMessage> messages = new ArrayList<>();
        List<String> emitted = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            int before = messages.size();
            Answers.feed(decoder, bytes, i, i + 1, messages);
            for (ServerMessage message : messages.subList(before, messages.size())) {
                emitted.add(message.getClass().getSimpleName() + " at " + body.substring(0, i + 1));
            }
        }
        decoder.end(messages::add);
        Answers.release(messages);

        String columns = "{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"INT\"}]";
        String rows = columns + ",\"rows\":[[1]";
        assertThat(emitted).containsExactly(
            "ResultSetMetadata at " + columns,
            "RowMessage at " + rows,
            "RowMessage at " + rows + ",[2]",
            "ResultSetEnd at " + rows + ",[2]]},{",
            "ResultSetMetadata at " + rows + ",[2]]},{\"columns\":[]",
            "ResultSetEnd at " + body);
        assertThat(messages.get(messages.size() - 1)).isEqualTo(new ResultSetEnd(AUTOCOMMIT, 0));
    }

    @Test
    void anEmptyResultsArrayIsOneResultWithoutRows() {
        assertThat(describe(decode(false, utf8("{\"results\":[]}")))).containsExactly(ok(0, 0, AUTOCOMMIT));
        assertThat(describe(decode(false, utf8(" {\"results\":null} ")))).containsExactly(ok(0, 0, AUTOCOMMIT));
    }

    @Test
    void anErrorAloneIsTheWholeAnswer() {
        String body = "{\"error\":{\"code\":1146,\"message\":\"Table 'db.t' doesn't exist\"}}";

        assertThat(describe(decode(false, utf8(body)))).containsExactly(error(1146, "Table 'db.t' doesn't exist"));
    }

    @Test
    void whatFollowsAnErrorIsIgnored() {
        String body = "{\"error\":{\"message\":\"boom\",\"code\":2,\"detail\":[1]},\"results\":[{\"columns\":"
            + "[{\"name\":\"a\",\"dataType\":\"INT\"}],\"rows\":[[1]]}]}";

        assertThat(describe(decode(false, utf8(body)))).containsExactly(error(2, "boom"));
    }

    @Test
    void skipsFieldsItDoesNotKnowAtEveryLevel() {
        String body = "{\"took\":{\"ms\":[1,{\"x\":2}]},\"results\":[{\"extra\":[[1],{}],\"columns\":[{\"name\":\"a\","
            + "\"precision\":{\"p\":1},\"dataType\":\"INT\",\"nullable\":null}],\"note\":\"x\",\"rows\":[[1]]}],"
            + "\"error\":null,\"warnings\":0}";

        assertThat(describe(decode(false, utf8(body)))).containsExactly(metadata(new String[]{"a", "INT"}),
            textRow("1"), end(AUTOCOMMIT));
    }

    @Test
    void anExecAnswerIsOneOk() {
        assertThat(describe(decode(true, utf8("{\"rowsAffected\":0}")))).containsExactly(ok(0, 0, AUTOCOMMIT));
        assertThat(describe(decode(true, utf8("{\"rowsAffected\":2,\"x\":[{}],\"lastInsertId\":9223372036854775807}"))))
            .containsExactly(ok(2, Long.MAX_VALUE, AUTOCOMMIT));
        assertThat(describe(decode(true, utf8("{\"lastInsertId\":0,\"rowsAffected\":18446744073709551615}"))))
            .as("unsigned above 2^63, as OkMessage keeps it").containsExactly(ok(-1, 0, AUTOCOMMIT));
        assertThat(describe(decode(true, utf8("{\"error\":{\"code\":1062,\"message\":\"Duplicate entry\"}}"))))
            .containsExactly(error(1062, "Duplicate entry"));
    }

    @Test
    void writesNumbersAsTheirExactText() {
        String body = "{\"results\":[{\"columns\":[{\"name\":\"d\",\"dataType\":\"DOUBLE\"},{\"name\":\"n\","
            + "\"dataType\":\"DECIMAL(40,20)\"},{\"name\":\"i\",\"dataType\":\"BIGINT\"},{\"name\":\"s\","
            + "\"dataType\":\"BIGINT\"}],\"rows\":[[-0,0.10000000000000000001,-0,\"42\"],[4.9E-324,"
            + "-123456789012345678901234567890.12345678901234567890,0,\"-7\"],[1.7976931348623157E308,1E-7,"
            + "9223372036854775807,\"0\"]]}]}";

        assertThat(describe(decode(false, utf8(body)))).containsSubsequence(
            textRow("-0", "0.10000000000000000001", "0", "42"),
            textRow("4.9E-324", "-123456789012345678901234567890.12345678901234567890", "0", "-7"),
            textRow("1.7976931348623157E308", "1E-7", "9223372036854775807", "0"));
    }

    @Test
    void writesBitValuesAsTheirBigEndianBytes() {
        String ones = Base64.getEncoder().encodeToString(bytes(0xFF, 8));
        String body = "{\"results\":[{\"columns\":[{\"name\":\"b\",\"dataType\":\"BIT(10)\"},{\"name\":\"l\","
            + "\"dataType\":\"BIT(64)\"},{\"name\":\"one\",\"dataType\":\"BIT(1)\"}],\"rows\":[[\"AgE=\",\""
            + ones + "\",\"AQ==\"],[5,18446744073709551615,true],[0,-1,false]]}]}";

        assertThat(describe(decode(false, utf8(body)))).containsSubsequence(
            textRow(new byte[]{2, 1}, bytes(0xFF, 8), new byte[]{1}),
            textRow(new byte[]{0, 5}, bytes(0xFF, 8), new byte[]{1}),
            textRow(new byte[]{0, 0}, bytes(0xFF, 8), new byte[]{0}));
    }

    @Test
    void decodesBase64WithAndWithoutPadding() {
        StringBuilder rows = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int length = 0; length < 12; length++) {
            byte[] value = new byte[length];
            for (int i = 0; i < length; i++) {
                value[i] = (byte) (37 * i + 250);
            }
            String padded = Base64.getEncoder().encodeToString(value);
            String unpadded = Base64.getEncoder().withoutPadding().encodeToString(value);
            rows.append(rows.length() == 0 ? "" : ",").append("[\"").append(padded).append("\",\"").append(unpadded)
                .append("\"]");
            expected.add(textRow(value, value));
        }
        String body = "{\"results\":[{\"columns\":[{\"name\":\"p\",\"dataType\":\"VARBINARY(20)\"},{\"name\":\"u\","
            + "\"dataType\":\"LONGBLOB\"}],\"rows\":[" + rows + "]}]}";

        assertThat(describe(decode(false, utf8(body)))).containsSubsequence(expected);
    }

    @Test
    void writesLongCellsWithLongerLengthHeaders() {
        String[] texts = {"x".repeat(250), "y".repeat(251), "\u00e9".repeat(40_000), "z".repeat(70_000),
            "\ud83d\ude00".repeat(20_000)};
        byte[] blob = new byte[100_000];
        for (int i = 0; i < blob.length; i++) {
            blob[i] = (byte) (i * 31);
        }
        StringBuilder body = new StringBuilder("{\"results\":[{\"columns\":[{\"name\":\"t\",\"dataType\":\"LONGTEXT\"},"
            + "{\"name\":\"b\",\"dataType\":\"LONGBLOB\"}],\"rows\":[");
        List<String> expected = new ArrayList<>();
        for (String text : texts) {
            body.append("[\"").append(text).append("\",\"").append(Base64.getEncoder().encodeToString(blob))
                .append("\"],");
            expected.add(textRow(text, blob));
        }
        body.setLength(body.length() - 1);
        body.append("]}]}");

        List<String> messages = describe(decode(false, utf8(body.toString()), 100, 70_000, 200_000));

        assertThat(messages.subList(1, 1 + texts.length)).isEqualTo(expected);
    }

    @Test
    void rowsThatSpanManyBlocksKeepTheirBytes() {
        StringBuilder body = new StringBuilder("{\"results\":[{\"columns\":[{\"name\":\"i\",\"dataType\":\"INT\"},"
            + "{\"name\":\"s\",\"dataType\":\"VARCHAR\"}],\"rows\":[");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String text = "row " + i + " " + "\u00e9".repeat(i % 97);
            body.append(i == 0 ? "" : ",").append('[').append(i).append(",\"").append(text).append("\"]");
            expected.add(textRow(Integer.toString(i), text));
        }
        body.append("]}]}");
        byte[] bytes = utf8(body.toString());
        DataApiResponseDecoder decoder = DataApiResponseDecoder.queryTuples();
        List<ServerMessage> messages = new ArrayList<>();
        for (int from = 0; from < bytes.length; from += 1000) {
            Answers.feed(decoder, bytes, from, Math.min(bytes.length, from + 1000), messages);
        }
        decoder.end(messages::add);

        assertThat(messages.get(0)).isInstanceOf(ResultSetMetadata.class);
        assertThat(messages.subList(1, messages.size() - 1)).allMatch(RowMessage.class::isInstance);
        assertThat(describe(messages.subList(1, messages.size() - 1))).isEqualTo(expected);
    }

    @Test
    void aCellOfSixteenMebibytesOrMoreHasANineByteHeader() {
        int length = (1 << 24) + 5;
        byte[] body = utf8("{\"results\":[{\"columns\":[{\"name\":\"t\",\"dataType\":\"LONGTEXT\"}],\"rows\":[[\""
            + "a".repeat(length) + "\"]]}]}");
        DataApiResponseDecoder decoder = DataApiResponseDecoder.queryTuples();
        List<ServerMessage> messages = new ArrayList<>();
        for (int from = 0; from < body.length; from += 65_536) {
            Answers.feed(decoder, body, from, Math.min(body.length, from + 65_536), messages);
        }
        decoder.end(messages::add);

        RowMessage row = (RowMessage) messages.get(1);
        try {
            assertThat(row.payload().readableBytes()).isEqualTo(9 + length);
            int start = row.payload().readerIndex();
            assertThat(row.payload().getUnsignedByte(start)).isEqualTo((short) 0xFE);
            assertThat(row.payload().getLongLE(start + 1)).isEqualTo(length);
            assertThat(row.payload().getByte(start + 9)).isEqualTo((byte) 'a');
            assertThat(row.payload().getByte(start + 8 + length)).isEqualTo((byte) 'a');
        } finally {
            row.release();
        }
    }

    @Test
    void closeIsIdempotentAndEndsNothing() {
        DataApiResponseDecoder decoder = DataApiResponseDecoder.queryTuples();
        List<ServerMessage> messages = new ArrayList<>();
        byte[] part = utf8("{\"results\":[{\"columns\":[]");
        Answers.feed(decoder, part, 0, part.length, messages);

        decoder.close();
        decoder.close();

        assertThat(describe(messages)).containsExactly(new ResultSetMetadata(new dev.s2r.driver.internal.message
            .server.ColumnDefinition[0], false).toString());
    }

    @Test
    void callsAfterTheEndAreRefused() {
        DataApiResponseDecoder decoder = DataApiResponseDecoder.exec();
        List<ServerMessage> messages = new ArrayList<>();
        byte[] body = utf8(GoldenBodies.EXEC);
        Answers.feed(decoder, body, 0, body.length, messages);
        decoder.end(messages::add);

        assertThatThrownBy(() -> Answers.feed(decoder, body, 0, 1, messages))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("already ended");
        assertThatThrownBy(() -> decoder.end(messages::add)).isInstanceOf(IllegalStateException.class);
        assertThat(describe(messages)).containsExactly(ok(3, 7, AUTOCOMMIT));
    }

    private static byte[] bytes(int value, int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
