/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.message.server.ServerMessage;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static dev.s2r.driver.internal.http.Answers.decode;
import static dev.s2r.driver.internal.http.Answers.decodeBytewise;
import static dev.s2r.driver.internal.http.Answers.describe;
import static dev.s2r.driver.internal.http.Answers.textRow;
import static dev.s2r.driver.internal.http.Answers.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The decoder's fast path through rows ({@link RowScanner}): a row reads the same whether the scanner or the JSON
 * parser reads it, wherever the body is split; the parser reads on from any row the scanner does not take; and a
 * row array the scanner ends on is refused as the parser refuses it.
 */
final class RowScannerTests {

    private static final String COLUMNS = "{\"results\":[{\"columns\":["
        + "{\"name\":\"i\",\"dataType\":\"INT\"},{\"name\":\"d\",\"dataType\":\"DOUBLE\"},"
        + "{\"name\":\"s\",\"dataType\":\"VARCHAR\"},{\"name\":\"b\",\"dataType\":\"BLOB\"},"
        + "{\"name\":\"j\",\"dataType\":\"JSON\"},{\"name\":\"t\",\"dataType\":\"BIT(16)\"}],\"rows\":[";
    /** A row the scanner leaves to the parser (an escape), and with it every row after it in its array. */
    private static final String PARSER_ROW = "[1,1,\"\\u0041\",null,null,null]";
    private static final String LONG_TEXT = "x".repeat(300);

    @ParameterizedTest
    @ValueSource(strings = {
        "[1,0.5,\"plain text ~\",\"QUJD\",null,null]",
        "[-12,-1.5E+10,\"\",\"\",null,null]",
        "[0,-0,\"\u007f\",\"QQ==\",null,null]",
        "[-0,-0.0,\"a\",\"QQ\",null,null]",
        "[123456789012345678901234567890,1e-7,\"LONG_TEXT\",\"QUJDRA==\",null,null]",
        "[ 1 ,\t2\n,\r\"spaced\" , \"QUJD\" , null , null ]",
        "[true,false,\"true\",\"QUJD\",null,null]",
        "[\"12\",\"1.5\",\"text in numbers\",null,null,null]",
        "[null,null,null,null,null,null]",
        "[1,2,\"caf\u00e9\",\"QUJD\",null,null]",
        "[1,2,\"tab\\tescaped\",\"QUJD\",null,null]",
        "[1,2,\"s\",\"QUJD\",{\"a\":[1,\"]\"]},null]",
        "[1,2,\"s\",\"QUJD\",\"json string\",null]",
        "[1,2,\"s\",\"QUJD\",3.25,7]",
        "[1,2,\"s\",\"QUJD\",true,true]",
        "[1,2,\"s\",\"QUJD\",[1,2],false]",
        "[1,2,\"]\",\"QUJD\",null,null]"
    })
    void aRowReadsTheSameThroughTheScannerAsThroughTheParser(String template) {
        String row = template.replace("LONG_TEXT", LONG_TEXT);
        List<String> parsed = rows(decode(false, body(PARSER_ROW, row)));
        String expected = parsed.get(parsed.size() - 1);
        byte[] body = body(row);
        for (int split = 0; split <= body.length; split++) {
            List<String> scanned = rows(decode(false, body, split));
            assertThat(scanned).as("split at %d", split).containsExactly(expected);
        }
        assertThat(rows(decodeBytewise(false, body))).containsExactly(expected);
    }

    @Test
    void theParserReadsOnFromARowTheScannerDoesNotTake() {
        byte[] body = body("[1,2,\"a\",\"QQ\",null,null]", PARSER_ROW, "[3,4,\"b\",\"Qg\",null,null]");

        for (int split = 0; split <= body.length; split++) {
            assertThat(rows(decode(false, body, split))).as("split at %d", split).containsExactly(
                textRow("1", "2", "a", new byte[] {'A'}, null, null),
                textRow("1", "1", "A", null, null, null),
                textRow("3", "4", "b", new byte[] {'B'}, null, null));
        }
    }

    @Test
    void aSecondResultIsScannedAsTheFirst() {
        String one = "[7,8,\"x\",\"QQ\",null,null]";
        byte[] body = utf8(COLUMNS + one + "]}," + COLUMNS.substring("{\"results\":[".length()) + one + "]}]}");

        for (int split = 0; split <= body.length; split++) {
            List<String> rows = rows(decode(false, body, split));
            assertThat(rows).as("split at %d", split).hasSize(2).allMatch(rows.get(0)::equals);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[1,2,\"a\",\"QQ\",null,null][3,4,\"b\",\"QQ\",null,null]",
        "[1,2,\"a\",\"QQ\",null,null],",
        "[1,2,\"a\",\"QQ\",null,null],,[3,4,\"b\",\"QQ\",null,null]",
        "[1,2,\"a\",\"QQ\",null,null] x",
        "[1,2,\"a\",\"QQ\",null,null,]",
        "[01,2,\"a\",\"QQ\",null,null]",
        "[1.,2,\"a\",\"QQ\",null,null]",
        "[1,2,\"a\"\"b\",\"QQ\",null,null]",
        "[nul,2,\"a\",\"QQ\",null,null]",
        "[1,2,\"a\",\"QQ\",null,nullx]"
    })
    void rowsTheScannerEndsOnAreRefusedAsByTheParser(String rows) {
        byte[] body = utf8(COLUMNS + rows + "]}]}");

        for (int split = 0; split <= body.length; split++) {
            int at = split;
            assertThatThrownBy(() -> decode(false, body, at)).as("split at %d", at)
                .isInstanceOf(R2dbcNonTransientResourceException.class)
                .hasMessageContaining("The Data API answer was malformed");
        }
    }

    @Test
    void saysAtWhichByteOfTheBodyTheJsonIsInvalid() {
        String first = "[1,2,\"a\",\"QQ\",null,null],";
        String body = COLUMNS + first + "[1,2,\"a\",\"QQ\",null,null]x]}]}";

        assertThatThrownBy(() -> decode(false, utf8(body)))
            .hasMessageContaining("invalid JSON at byte " + body.indexOf('x'))
            .hasMessageContaining("row 2 of result 1");
    }

    @Test
    void aBodyCutInARowSaysWhichRow() {
        String body = COLUMNS + "[1,2,\"a\",\"QQ\",null,null],[3,4,\"b";

        assertThatThrownBy(() -> decode(false, utf8(body), body.length() / 2))
            .hasMessageContaining("the body ended before its JSON did, in row 2 of result 1");
    }

    private static byte[] body(String... rows) {
        return utf8(COLUMNS + String.join(",", rows) + "]}]}");
    }

    private static List<String> rows(List<ServerMessage> messages) {
        List<String> rows = new ArrayList<>();
        for (String message : describe(messages)) {
            if (message.startsWith("Row ")) {
                rows.add(message);
            }
        }
        return rows;
    }
}
