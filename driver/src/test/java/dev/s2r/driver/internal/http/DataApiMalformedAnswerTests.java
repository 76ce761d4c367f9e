/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.s2r.driver.internal.http.Answers.decode;
import static dev.s2r.driver.internal.http.Answers.decodeBytewise;
import static dev.s2r.driver.internal.http.Answers.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bodies that are not what the Data API sends: each fails with a typed {@code 08S01} error that says how, whether
 * it arrives in one chunk or byte by byte, never hangs, and leaves no row or chunk unreleased (the chunks are
 * checked by Netty's leak detector, the rows by {@link Answers#decode}, which releases those emitted before the
 * failure).
 */
final class DataApiMalformedAnswerTests {

    private static final String COLUMN = "{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"INT\"}],";
    private static final String BLOB = "{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":\"BLOB\"}],";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        an empty body                | false | ``                                     | the body is empty
        a body of blanks             | false | `  \n `                                | the body is empty
        an HTML page from a proxy    | false | <html><body>502 Bad Gateway</body></html> | the body starts with "<
        plain text                   | false | Error 1045: Access denied              | the body starts with "E
        a JSON array                 | false | [1,2]                                  | the body is not a JSON object but an array
        a JSON string                | false | "text"                                 | the body is not a JSON object but a string
        results not an array         | false | {"results":{}}                         | "results" is an object, not an array
        a result not an object       | false | {"results":[{},1]}                     | result 2 is a number, not an object
        columns not an array         | false | {"results":[{"columns":"a"}]}          | "columns" of result 1 is a string, not an array
        a column not an object       | false | {"results":[{"columns":[[]]}]}         | column 1 of result 1 is an array, not an object
        a column without a type      | false | {"results":[{"columns":[{"name":"a"}]}]} | column 1 of result 1 has no "dataType"
        a type not a string          | false | {"results":[{"columns":[{"name":"a","dataType":3}]}]} | "dataType" of column 1 of result 1 is a number, not a string
        a name not a string          | false | {"results":[{"columns":[{"name":null,"dataType":"INT"}]}]} | "name" of column 1 of result 1 is null, not a string
        two column arrays            | false | {"results":[{"columns":[],"columns":[]}]} | result 1 has two "columns"
        rows before columns          | false | {"results":[{"rows":[[1]],"columns":[]}]} | "rows" of result 1 come before its "columns"
        rows not an array            | false | `COLUMN"rows":{}}]}`                   | "rows" of result 1 is an object, not an array
        two row arrays               | false | `COLUMN"rows":[],"rows":[]}]}`         | result 1 has two "rows"
        a row not an array           | false | `COLUMN"rows":[[1],{"a":1}]}]}`        | row 2 of result 1 is an object, not an array
        a row too long               | false | `COLUMN"rows":[[1,2]]}]}`              | row 1 of result 1 has more values than its 1 columns
        a row too short              | false | `COLUMN"rows":[[1],[]]}]}`             | row 2 of result 1 has 0 values for 1 columns
        a blob not base64            | false | `BLOB"rows":[["AAAA"],["a*b="]]}]}`    | the value of column a in row 2 of result 1 is not base64
        a blob of bad length         | false | `BLOB"rows":[["AAAAA"]]}]}`            | the value of column a in row 1 of result 1 is not base64
        a blob with bad padding      | false | `BLOB"rows":[["AA="]]}]}`              | the value of column a in row 1 of result 1 is not base64
        a blob of non-ASCII          | false | `BLOB"rows":[["AA\u00e9A"]]}]}`        | the value of column a in row 1 of result 1 is not base64
        an error not an object       | false | {"results":[],"error":"boom"}          | "error" is a string, not an object
        an error code not an int     | false | {"error":{"code":1.5,"message":"x"}}   | "code" of the error is a number, not an int
        neither results nor error    | false | {"message":"Unauthorized"}             | the query answer has neither "results" nor "error"
        a second JSON object         | false | {"results":[]}{"results":[]}           | the body goes on after its JSON object
        text after the object        | false | {"results":[]} ok                      | invalid JSON at byte
        a raw control character      | false | `COLUMN"rows":[["a\tb"]]}]}`           | invalid JSON
        an exec without rowsAffected | true  | {"lastInsertId":1}                     | the exec answer has no "rowsAffected"
        rowsAffected not an integer  | true  | {"rowsAffected":"3"}                   | "rowsAffected" is a string, not an integer
        lastInsertId not an integer  | true  | {"rowsAffected":1,"lastInsertId":1.0}  | "lastInsertId" is a number, not an integer
        """)
    void failsWithATypedErrorThatSaysHow(String name, boolean exec, String body, String how) {
        String text = body.replace("COLUMN", COLUMN).replace("BLOB", BLOB).replace("\\n", "\n")
            .replace("\\t", "\t").replace("\\u00e9", "\u00e9");

        assertMalformed(() -> decode(exec, utf8(text)), how + " <- " + text);
        assertMalformed(() -> decodeBytewise(exec, utf8(text)), how + " <- " + text + " (bytewise)");
    }

    /**
     * A trailing comma in an object is refused when the parser sees the comma and the brace together; Jackson's
     * non-blocking parser (2.22) lets it pass when a chunk ends right after the comma. Either way the answer means
     * the same, so this is checked in one piece only; in an array it is refused either way.
     */
    @Test
    void aTrailingCommaIsMalformed() {
        assertMalformed(() -> decode(false, utf8("{\"results\":[],}")), "invalid JSON at byte 14");
        assertMalformed(() -> decode(false, utf8("{\"results\":[{},]}")), "invalid JSON at byte 15");
        assertMalformed(() -> decodeBytewise(false, utf8("{\"results\":[{},]}")), "invalid JSON at byte 15");
    }

    @Test
    void aBodyOfInvalidUtf8IsMalformed() {
        byte[] body = utf8(COLUMN + "\"rows\":[[\"ab\"]]}]}");
        byte[] broken = Arrays.copyOf(body, body.length);
        broken[COLUMN.length() + 10] = (byte) 0xFF;

        assertMalformed(() -> decode(false, broken), "invalid JSON at byte " + (COLUMN.length() + 10));
    }

    @Test
    void aBodyCutShortAnywhereIsMalformed() {
        for (GoldenBodies.Golden golden : GoldenBodies.all()) {
            int complete = new String(golden.body, java.nio.charset.StandardCharsets.UTF_8).stripTrailing()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            for (int length = 0; length < complete; length++) {
                byte[] prefix = Arrays.copyOf(golden.body, length);
                int half = length / 2;
                R2dbcNonTransientResourceException e = catchThrowableOfType(R2dbcNonTransientResourceException.class,
                    () -> decode(golden.exec, prefix, half));
                assertThat(e).as("%s cut at %d", golden, length).isNotNull();
                assertThat(e.getSqlState()).isEqualTo("08S01");
                assertThat(e.getMessage()).as("%s cut at %d", golden, length).satisfiesAnyOf(
                    message -> assertThat(message).contains("the body ended before its JSON did"),
                    message -> assertThat(message).contains("the body is empty"));
            }
        }
    }

    @Test
    void saysWhereTheBodyWasCut() {
        assertMalformed(() -> decode(false, utf8(COLUMN + "\"rows\":[[1],[2")),
            "the body ended before its JSON did, in row 2 of result 1");
        assertMalformed(() -> decode(false, utf8(COLUMN + "\"rows\":[[\"unterminated")),
            "the body ended before its JSON did, in row 1 of result 1 (Unexpected end-of-input");
        assertMalformed(() -> decode(false, utf8("{\"error\":{\"code\":1")),
            "the body ended before its JSON did, in its error");
    }

    @Test
    void anUnknownTypeIsReadAsText() {
        List<ServerMessage> messages = decode(false, utf8("{\"results\":[{\"columns\":[{\"name\":\"a\",\"dataType\":"
            + "\"HYPERLOGLOG(12)\"}],\"rows\":[[\"x\"],[{\"p\":1}],[3]]}]}"));

        assertThat(Answers.describe(messages)).containsSubsequence(Answers.textRow("x"), Answers.textRow("{\"p\":1}"),
            Answers.textRow("3"));
    }

    @Test
    void everyCallAfterAFailureThrowsTheSameError() {
        DataApiResponseDecoder decoder = DataApiResponseDecoder.queryTuples();
        List<ServerMessage> messages = new ArrayList<>();
        byte[] body = utf8(COLUMN + "\"rows\":[[1],[1,2]]}]}");

        RuntimeException first = catchThrowableOfType(RuntimeException.class,
            () -> Answers.feed(decoder, body, 0, body.length, messages));

        assertThat(first).isInstanceOf(R2dbcNonTransientResourceException.class);
        assertThat(messages).hasSize(2);
        assertThat(((RowMessage) messages.get(1)).release()).as("the row before the failure is the receiver's")
            .isTrue();
        assertThatThrownBy(() -> Answers.feed(decoder, body, 0, 1, messages)).isSameAs(first);
        assertThatThrownBy(() -> decoder.end(messages::add)).isSameAs(first);
        assertThat(messages).hasSize(2);
    }

    @Test
    void anExceptionOfTheReceiverIsNotMistakenForAMalformedBody() {
        DataApiResponseDecoder decoder = DataApiResponseDecoder.queryTuples();
        IllegalStateException refused = new IllegalStateException("refused");

        assertThatThrownBy(() -> Answers.feed(decoder, utf8(COLUMN), 0, COLUMN.length(), message -> {
            throw refused;
        })).isSameAs(refused);
        assertThatThrownBy(() -> decoder.end(message -> { })).isSameAs(refused);
    }

    private static void assertMalformed(Runnable decoding, String how) {
        R2dbcNonTransientResourceException e = catchThrowableOfType(R2dbcNonTransientResourceException.class,
            decoding::run);

        assertThat(e).as("a typed error for: " + how).isNotNull();
        assertThat(e.getSqlState()).isEqualTo("08S01");
        assertThat(e.getErrorCode()).isZero();
        assertThat(e.getMessage()).startsWith("The Data API answer was malformed: ")
            .contains(how.contains(" <- ") ? how.substring(0, how.indexOf(" <- ")) : how);
    }
}
