/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.api.Udf;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.s2r.udf.internal.signature.Batches.call;
import static dev.s2r.udf.internal.signature.Batches.list;
import static dev.s2r.udf.internal.signature.Batches.row;
import static dev.s2r.udf.internal.signature.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scalar, multi-value (RECORD) and table-valued functions, and what the annotation adds to their spec. */
class KindTests {

    /** A pair of values. */
    public record Pair(long number, Optional<String> label) {
    }

    /** Functions of every row-by-row kind. */
    public static final class Kinds {
        @Udf(name = "plus_one", timeout = 30, concurrency = 8, summary = "Adds one.")
        public static long plusOne(long v) { return v + 1; }

        @Udf public static Pair split(long v) { return new Pair(v, v < 0 ? Optional.empty() : Optional.of("#" + v)); }

        @Udf public static List<Pair> pairs(int count) {
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                pairs.add(new Pair(i, Optional.of("p" + i)));
            }
            return pairs;
        }

        @Udf public static Stream<String> words(String text) { return Stream.of(text.split(" ")); }

        @Udf public static Flux<Long> range(long count) { return Flux.range(0, (int) count).map(i -> (long) i); }

        @Udf(columns = {"n", "tag"}, returns = {"INT NOT NULL", "VARCHAR(10)"})
        public static List<Pair> renamed(long v) { return Collections.singletonList(new Pair(v, Optional.empty())); }

        @Udf public static Pair nullRecord(long v) { return null; }

        @Udf(returns = {"BIGINT", "TEXT"})
        public static long tooManyOverrides(long v) { return v; }

        @Udf public static void nothing(long v) { }

        @Udf public static long failing(long v) { throw new IllegalStateException("no " + v); }

        @Udf public static reactor.core.publisher.Mono<Pair> later(long v) {
            return reactor.core.publisher.Mono.just(new Pair(v, Optional.of("later")));
        }
    }

    @Test
    void scalarFunctionTakesNameTimeoutAndSummaryFromTheAnnotation() {
        FunctionSpec spec = spec(Kinds.class, "plusOne");

        assertThat(spec.name()).isEqualTo("plus_one");
        assertThat(spec.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(spec.summary()).isEqualTo("Adds one.");
        assertThat(spec.kind()).isEqualTo(FunctionKind.UDF);
        assertThat(spec.record()).isFalse();
        assertThat(spec.returns().get(0).name()).isNull();
    }

    @Test
    void scalarFunctionAnswersEachRowWithItsRowId() {
        assertThat(call(spec(Kinds.class, "plusOne"), row(10, 1L), row(-3, 5L), row(77, 0L)))
            .containsExactly(list(10L, 2L), list(-3L, 6L), list(77L, 1L));
    }

    @Test
    void zeroTimeoutIsTheServerDefault() {
        assertThat(spec(Kinds.class, "split").timeout()).isNull();
    }

    @Test
    void recordResultIsARecordWithAColumnPerComponent() {
        FunctionSpec spec = spec(Kinds.class, "split");

        assertThat(spec.kind()).isEqualTo(FunctionKind.UDF);
        assertThat(spec.record()).isTrue();
        assertThat(spec.returns()).containsExactly(new ColumnSpec("number", "BIGINT", WireType.INT64, false, ""),
            new ColumnSpec("label", "TEXT", WireType.STRING, true, ""));
        assertThat(call(spec, row(1, 5L), row(2, -1L))).containsExactly(list(1L, 5L, "#5"), list(2L, -1L, null));
    }

    @Test
    void nullRecordFailsTheCall() {
        assertThatThrownBy(() -> call(spec(Kinds.class, "nullRecord"), row(1, 5L)))
            .hasMessageContaining("null for the NOT NULL record of column number of Kinds.nullRecord");
    }

    @Test
    void listOfRecordsIsATableRepeatingTheRowIdOfEachProducingRow() {
        FunctionSpec spec = spec(Kinds.class, "pairs");

        assertThat(spec.kind()).isEqualTo(FunctionKind.TVF);
        assertThat(spec.record()).isFalse();
        assertThat(spec.returns()).extracting(ColumnSpec::name).containsExactly("number", "label");
        assertThat(call(spec, row(7, 2L), row(8, 0L), row(9, 1L)))
            .containsExactly(list(7L, 0L, "p0"), list(7L, 1L, "p1"), list(9L, 0L, "p0"));
    }

    @Test
    void streamOfValuesIsATableWithOneColumnNamedA() {
        FunctionSpec spec = spec(Kinds.class, "words");

        assertThat(spec.kind()).isEqualTo(FunctionKind.TVF);
        assertThat(spec.returns()).containsExactly(new ColumnSpec("a", "TEXT", WireType.STRING, true, ""));
        assertThat(call(spec, row(3, "x y"), row(4, "z")))
            .containsExactly(list(3L, "x"), list(3L, "y"), list(4L, "z"));
    }

    @Test
    void fluxOfValuesIsAnAsynchronousTable() {
        FunctionSpec spec = spec(Kinds.class, "range");

        assertThat(spec.kind()).isEqualTo(FunctionKind.TVF);
        assertThat(spec.returns().get(0).nullable()).isTrue();
        assertThat(call(spec, row(1, 2L), row(2, 1L))).containsExactly(list(1L, 0L), list(1L, 1L), list(2L, 0L));
    }

    @Test
    void tableColumnsTakeNamesAndTypesFromTheAnnotation() {
        assertThat(spec(Kinds.class, "renamed").returns()).containsExactly(
            new ColumnSpec("n", "INT", WireType.INT32, false, ""),
            new ColumnSpec("tag", "VARCHAR(10)", WireType.STRING, true, ""));
    }

    @Test
    void returnOverridesMustMatchTheResultColumns() {
        assertThatThrownBy(() -> spec(Kinds.class, "tooManyOverrides"))
            .hasMessageContaining("Kinds.tooManyOverrides, result: @Udf(returns) gives 2 types for 1 result columns");
    }

    @Test
    void functionsExceptionFailsTheCall() {
        assertThatThrownBy(() -> call(spec(Kinds.class, "failing"), row(1, 3L)))
            .isInstanceOf(IllegalStateException.class).hasMessage("no 3");
    }

    @Test
    void asynchronousRecordIsARecord() {
        FunctionSpec spec = spec(Kinds.class, "later");

        assertThat(spec.record()).isTrue();
        assertThat(call(spec, row(4, 2L))).containsExactly(list(4L, 2L, "later"));
    }

    @Test
    void voidFunctionIsRefused() {
        assertThatThrownBy(() -> spec(Kinds.class, "nothing")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Kinds.nothing, result");
    }
}
