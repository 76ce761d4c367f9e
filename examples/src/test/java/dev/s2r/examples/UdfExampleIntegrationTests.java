/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.examples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external-function example serves its functions on a free port, prints their DDL and calls them over HTTP as
 * the engine does with FORMAT JSON (headers and body as in singlestore-server.md §3.2 and python-sdk-services.md
 * §2.5 and §2.6); these tests read what it printed.
 */
final class UdfExampleIntegrationTests {

    private static final Pattern SERVING = Pattern.compile("Serving (\\d+) functions at (http://127\\.0\\.0\\.1:\\d+"
        + "/invoke)");

    private static List<String> lines;
    private static String url;

    @BeforeAll
    static void runTheExample() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            UdfExample.run(out);
        }
        lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        Matcher serving = SERVING.matcher(lines.get(0));
        assertThat(serving.matches()).as("first line: " + lines.get(0)).isTrue();
        url = serving.group(2);
    }

    @Test
    void itServesEveryDeclaredFunction() {
        assertThat(lines.get(0)).startsWith("Serving 7 functions at ");
    }

    @Test
    void theDdlDeclaresEachFunctionAtTheServersUrlInFormatJson() {
        String service = " AS REMOTE SERVICE \"" + url + "\" FORMAT JSON";

        assertThat(lines).contains(
            "200 CREATE EXTERNAL FUNCTION `add`(`a` BIGINT NOT NULL, `b` BIGINT NOT NULL) RETURNS BIGINT NOT NULL"
                + service,
            "CREATE EXTERNAL FUNCTION `greet`(`name` TEXT NULL, `greeting` TEXT NULL DEFAULT 'Hello') "
                + "RETURNS TEXT NULL" + service,
            "CREATE EXTERNAL FUNCTION `bounds`(`a` BIGINT NOT NULL, `b` BIGINT NOT NULL) "
                + "RETURNS RECORD(`low` BIGINT NOT NULL, `high` BIGINT NOT NULL)" + service,
            "CREATE EXTERNAL FUNCTION `celsius`(`fahrenheit` DOUBLE NULL) RETURNS DOUBLE NULL" + service,
            "CREATE EXTERNAL FUNCTION `lookup`(`id` BIGINT NOT NULL) RETURNS TEXT NULL" + service,
            "CREATE EXTERNAL FUNCTION `series`(`counts` BIGINT NOT NULL) RETURNS TABLE(`n` BIGINT NOT NULL)"
                + service,
            "CREATE EXTERNAL FUNCTION `words`(`text` TEXT NULL) "
                + "RETURNS TABLE(`word` TEXT NULL, `length` INT NOT NULL)" + service);
    }

    @Test
    void aScalarFunctionAnswersEachRowUnderItsRowId() {
        assertThat(answerTo("add")).isEqualTo("200 {\"data\":[[1,5],[2,42]]}");
    }

    @Test
    void aNullArgumentReachesTheFunctionAndANullResultIsAnsweredAsNull() {
        assertThat(answerTo("greet")).isEqualTo("200 {\"data\":[[1,\"Hello, Ada!\"],[2,null]]}");
    }

    @Test
    void aRecordIsAnsweredAsOneRowOfSeveralColumns() {
        assertThat(answerTo("bounds")).isEqualTo("200 {\"data\":[[1,3,7]]}");
    }

    @Test
    void aTableFunctionRepeatsTheRowIdOfTheRowThatProducedEachOutputRow() {
        assertThat(answerTo("words")).isEqualTo("200 {\"data\":[[1,\"to\",2],[1,\"be\",2],[3,\"or\",2]]}");
    }

    @Test
    void anAsynchronousFunctionKeepsTheRowsOrderAndAnswersAnEmptyMonoAsNull() {
        assertThat(answerTo("lookup")).isEqualTo("200 {\"data\":[[1,\"two\"],[2,null],[3,\"one\"]]}");
    }

    @Test
    void aBatchFunctionKeepsTheNullsOfItsMask() {
        assertThat(answerTo("celsius")).isEqualTo("200 {\"data\":[[1,100.0],[2,null],[3,0.0]]}");
    }

    @Test
    void aBatchTableAnswersEachOutputRowWithTheRowIdOfTheInputRowItNames() {
        assertThat(answerTo("series")).isEqualTo("200 {\"data\":[[1,1],[1,2],[3,1],[3,2],[3,3]]}");
    }

    @Test
    void anUnknownFunctionIsAnswered404() {
        assertThat(answerTo("nosuch")).isEqualTo("404");
    }

    /** @return the line printed after the call of {@code function} */
    private static String answerTo(String function) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("POST /invoke " + function + " ")) {
                return lines.get(i + 1);
            }
        }
        throw new AssertionError("no call of " + function + " in " + lines);
    }
}
