/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.DataFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Scalar {@code @Udf} methods served by a real {@link UdfServer} and called over real sockets with exactly what the
 * engine sends (python-sdk-services.md §2.5 headers; ROWDAT_1 bodies per §2.8, JSON per §2.6, Arrow IPC files per
 * §2.9), each answer checked byte for byte or value for value with its content type.
 */
class UdfServerEndToEndScalarIntegrationTests {

    private final EndToEnd e2e = new EndToEnd();

    @AfterEach
    void stop() {
        this.e2e.close();
    }

    @Test
    void bigintAddInRowdat1EchoesNonSequentialRowIds() {
        byte[] request = Rowdat.body().row(7).int64(1).int64(2)
            .row(42).int64(-5).int64(5)
            .row(1_000_000).int64(Long.MAX_VALUE).int64(Long.MIN_VALUE).bytes();

        byte[] answer = this.e2e.call("add", DataFormat.ROWDAT_1, request);

        assertThat(answer).isEqualTo(Rowdat.body().row(7).int64(3).row(42).int64(0).row(1_000_000).int64(-1).bytes());
    }

    @Test
    void bigintAddInJson() {
        assertThat(this.e2e.json("add", "{\"data\": [[7, 1, 2], [42, -5, 5], [1000000, 40, 2]]}"))
            .isEqualTo("{\"data\":[[7,3],[42,0],[1000000,42]]}");
    }

    @Test
    void bigintAddInArrowAnswersIndexThenCol0() {
        Map<String, List<Object>> answer = this.e2e.arrow("add", this.e2e.bigInts("row_id", 7L, 42L, 1_000_000L),
            this.e2e.bigInts("a", 1L, -5L, 40L), this.e2e.bigInts("b", 2L, 5L, 2L));

        assertThat(answer).containsExactly(entry("__index__", List.of(7L, 42L, 1_000_000L)),
            entry("col0", List.of(3L, 0L, 42L)));
    }

    @Test
    void textUpperInRowdat1KeepsUtf8AndNull() {
        byte[] request = Rowdat.body().row(7).text("héllo").row(42).nullText().row(1_000_000).text("").bytes();

        byte[] answer = this.e2e.call("upper", DataFormat.ROWDAT_1, request);

        assertThat(answer).isEqualTo(Rowdat.body().row(7).text("HÉLLO").row(42).nullText().row(1_000_000).text("")
            .bytes());
    }

    @Test
    void textUpperInJson() {
        assertThat(this.e2e.json("upper", "{\"data\": [[7, \"h\\u00e9llo\"], [42, null], [1000000, \"\"]]}"))
            .isEqualTo("{\"data\":[[7,\"HÉLLO\"],[42,null],[1000000,\"\"]]}");
    }

    @Test
    void textUpperInArrow() {
        Map<String, List<Object>> answer = this.e2e.arrow("upper", this.e2e.bigInts("row_id", 7L, 42L, 1_000_000L),
            this.e2e.strings("s", "héllo", null, ""));

        assertThat(answer).containsExactly(entry("__index__", List.of(7L, 42L, 1_000_000L)),
            entry("col0", Arrays.asList("HÉLLO", null, "")));
    }

    @Test
    void optionalArgumentsReceiveNullsAndAnEmptyResultIsNullInRowdat1() {
        byte[] request = Rowdat.body().row(1).int64(1).nullInt64()
            .row(2).nullInt64().int64(2)
            .row(3).nullInt64().nullInt64().bytes();

        byte[] answer = this.e2e.call("coalesce", DataFormat.ROWDAT_1, request);

        assertThat(answer).isEqualTo(Rowdat.body().row(1).int64(1).row(2).int64(2).row(3).nullInt64().bytes());
    }

    @Test
    void optionalArgumentsInJsonAndArrow() {
        assertThat(this.e2e.json("coalesce", "{\"data\": [[1, 1, null], [2, null, 2], [3, null, null]]}"))
            .isEqualTo("{\"data\":[[1,1],[2,2],[3,null]]}");
        assertThat(this.e2e.arrow("coalesce", this.e2e.bigInts("row_id", 1L, 2L, 3L),
            this.e2e.bigInts("a", 1L, null, null), this.e2e.bigInts("b", null, 2L, null)))
            .containsEntry("col0", Arrays.asList(1L, 2L, null));
    }

    @Test
    void everyCommonTypeTravelsInRowdat1() {
        byte[] request = Rowdat.body().row(99)
            .int64(41).int64(-21).int64(300).int64(-128).bool(false).float64(5.0).float64(1.5)
            .bytes("1.25".getBytes(StandardCharsets.US_ASCII)).text("ß").bytes(new byte[] {1, 2, (byte) 0xff})
            .date(2024, 2, 28).datetime(2026, 12, 6, 10, 20, 30, 5).time(1, 1, 2, 3, 4).bytes();

        byte[] answer = this.e2e.call("everything", DataFormat.ROWDAT_1, request);

        assertThat(answer).isEqualTo(Rowdat.body().row(99)
            .int64(42).int64(-42).int64(-300).int64(-127).bool(true).float64(2.5).float64(3.0)
            .bytes("1.75".getBytes(StandardCharsets.US_ASCII)).text("ß!").bytes(new byte[] {(byte) 0xff, 2, 1})
            .date(2024, 2, 29).datetime(2026, 12, 6, 10, 20, 31, 5).time(1, 26, 2, 3, 4).bytes());
    }

    /** BOOL is answered as a TINYINT literal, 1 or 0 (JsonCodec's documented choice), not as true or false. */
    @Test
    void everyCommonTypeTravelsInJson() {
        String answer = this.e2e.json("everything", "{\"data\": [[99, 41, -21, 300, -128, false, 5.0, 1.5, \"1.25\","
            + " \"\\u00df\", \"AQL/\", \"2024-02-28\", \"2026-12-06 10:20:30.000005\", \"1:02:03.000004\"]]}");

        assertThat(answer).isEqualTo("{\"data\":[[99,42,-42,-300,-127,1,2.5,3.0,\"1.75\",\"ß!\",\"/wIB\","
            + "\"2024-02-29\",\"2026-12-06 10:20:31.000005\",\"26:02:03.000004\"]]}");
    }
}
