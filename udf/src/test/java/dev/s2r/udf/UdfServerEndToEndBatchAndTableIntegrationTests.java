/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.DataFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Batch, asynchronous and table-valued {@code @Udf} methods served by a real {@link UdfServer}, called over real
 * sockets as the engine calls them (python-sdk-services.md §2.5, §2.6, §2.8, §2.9). A TVF answers each produced row
 * with the row id of the input row that produced it (singlestore-server.md §3.2), so ids repeat and may be absent.
 */
class UdfServerEndToEndBatchAndTableIntegrationTests {

    private final EndToEnd e2e = new EndToEnd();

    @AfterEach
    void stop() {
        this.e2e.close();
    }

    @Test
    void aBatchFunctionSeesNullsInItsMaskAndAnswersThemInRowdat1() {
        byte[] request = Rowdat.body().row(7).int64(3).int64(2)
            .row(42).nullInt64().int64(5)
            .row(1_000_000).int64(-4).int64(3).bytes();

        byte[] answer = this.e2e.call("scale", DataFormat.ROWDAT_1, request);

        assertThat(answer).isEqualTo(Rowdat.body().row(7).int64(6).row(42).nullInt64().row(1_000_000).int64(-12)
            .bytes());
    }

    @Test
    void aBatchFunctionInJsonAndArrow() {
        assertThat(this.e2e.json("scale", "{\"data\": [[7, 3, 2], [42, null, 5], [1000000, -4, 3]]}"))
            .isEqualTo("{\"data\":[[7,6],[42,null],[1000000,-12]]}");
        assertThat(this.e2e.arrow("scale", this.e2e.bigInts("row_id", 7L, 42L, 1_000_000L),
            this.e2e.bigInts("x", 3L, null, -4L), this.e2e.bigInts("k", 2L, 5L, 3L)))
            .containsExactly(entry("__index__", List.of(7L, 42L, 1_000_000L)),
                entry("col0", Arrays.asList(6L, null, -12L)));
    }

    @Test
    void anAsynchronousFunctionRunsRowsConcurrentlyUpToItsBoundAndAnswersInInputOrder() {
        Rowdat request = Rowdat.body();
        Rowdat expected = Rowdat.body();
        for (long x = 1; x <= 8; x++) {
            request.row(100 + x).int64(x);
            expected.row(100 + x).int64(x * x);
        }

        byte[] answer = this.e2e.call("square", DataFormat.ROWDAT_1, request.bytes());

        assertThat(answer).isEqualTo(expected.bytes());
        assertThat(this.e2e.async.mostInFlight).hasValue(4);
    }

    @Test
    void anAsynchronousFunctionInJsonAndArrowKeepsInputOrder() {
        assertThat(this.e2e.json("square", "{\"data\": [[3, 1], [1, 2], [2, 8]]}"))
            .isEqualTo("{\"data\":[[3,1],[1,4],[2,64]]}");
        assertThat(this.e2e.arrow("square", this.e2e.bigInts("row_id", 3L, 1L, 2L), this.e2e.bigInts("x", 1L, 2L, 8L)))
            .containsExactly(entry("__index__", List.of(3L, 1L, 2L)), entry("col0", List.of(1L, 4L, 64L)));
    }

    @Test
    void aTableFunctionRepeatsTheRowIdOfEachProducedRowInRowdat1() {
        byte[] request = Rowdat.body().row(7).text("a,b,c").row(42).text("").row(1_000_000).text("x").bytes();

        byte[] answer = this.e2e.call("split", DataFormat.ROWDAT_1, request);

        assertThat(answer).isEqualTo(Rowdat.body().row(7).text("a").int64(0).row(7).text("b").int64(1)
            .row(7).text("c").int64(2).row(1_000_000).text("x").int64(0).bytes());
    }

    @Test
    void aTableFunctionInJsonAndArrow() {
        assertThat(this.e2e.json("split", "{\"data\": [[7, \"a,b\"], [42, \"\"], [1000000, \"x\"]]}"))
            .isEqualTo("{\"data\":[[7,\"a\",0],[7,\"b\",1],[1000000,\"x\",0]]}");
        assertThat(this.e2e.arrow("split", this.e2e.bigInts("row_id", 7L, 42L, 1_000_000L),
            this.e2e.strings("s", "a,b", "", "x")))
            .containsExactly(entry("__index__", List.of(7L, 7L, 1_000_000L)), entry("col0", List.of("a", "b", "x")),
                entry("col1", List.of(0L, 1L, 0L)));
    }

    @Test
    void aFluxTableFunctionRepeatsTheRowIdOfEachProducedRow() {
        byte[] request = Rowdat.body().row(5).int64(3).row(6).int64(0).row(9).int64(1).bytes();

        byte[] answer = this.e2e.call("countdown", DataFormat.ROWDAT_1, request);

        assertThat(answer).isEqualTo(Rowdat.body().row(5).int64(3).row(5).int64(2).row(5).int64(1)
            .row(9).int64(1).bytes());
        assertThat(this.e2e.json("countdown", "{\"data\": [[42, 2], [7, 1]]}"))
            .isEqualTo("{\"data\":[[42,2],[42,1],[7,1]]}");
    }

    @Test
    void aBatchTableFunctionAnswersEachRowWithTheRowIdOfItsInputRowIndexInRowdat1() {
        byte[] request = Rowdat.body().row(7).int64(2).text("p").row(42).int64(0).text("q")
            .row(1_000_000).int64(1).text("r").bytes();

        byte[] answer = this.e2e.call("repeat", DataFormat.ROWDAT_1, request);

        assertThat(answer).isEqualTo(Rowdat.body().row(7).int64(1).text("p").row(7).int64(2).text("p")
            .row(1_000_000).int64(1).text("r").bytes());
    }

    @Test
    void aBatchTableFunctionInJsonAndArrow() {
        assertThat(this.e2e.json("repeat", "{\"data\": [[7, 2, \"p\"], [42, 0, \"q\"], [1000000, 1, \"r\"]]}"))
            .isEqualTo("{\"data\":[[7,1,\"p\"],[7,2,\"p\"],[1000000,1,\"r\"]]}");
        assertThat(this.e2e.arrow("repeat", this.e2e.bigInts("row_id", 7L, 42L, 1_000_000L),
            this.e2e.bigInts("n", 2L, 0L, 1L), this.e2e.strings("label", "p", "q", "r")))
            .containsExactly(entry("__index__", List.of(7L, 7L, 1_000_000L)), entry("col0", List.of(1L, 2L, 1L)),
                entry("col1", List.of("p", "p", "r")));
    }
}
