/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.api.Arg;
import dev.s2r.udf.api.BatchTable;
import dev.s2r.udf.api.Masked;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicInteger;

import static dev.s2r.udf.internal.signature.Batches.call;
import static dev.s2r.udf.internal.signature.Batches.list;
import static dev.s2r.udf.internal.signature.Batches.row;
import static dev.s2r.udf.internal.signature.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Batch functions: called once per batch with whole columns, NULLs only through {@link Masked}. */
class BatchFunctionTests {

    static final AtomicInteger CALLS = new AtomicInteger();

    /** Batch functions. */
    public static final class Columns {
        @Udf public static long[] add(long[] a, long[] b) {
            CALLS.incrementAndGet();
            long[] sums = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                sums[i] = a[i] + b[i];
            }
            return sums;
        }

        @Udf public static Masked<String[]> describe(Masked<double[]> values) {
            String[] out = new String[values.size()];
            boolean[] nulls = new boolean[values.size()];
            for (int i = 0; i < out.length; i++) {
                nulls[i] = values.isNull(i);
                out[i] = nulls[i] ? null : "v=" + values.values()[i];
            }
            return Masked.of(out, nulls);
        }

        @Udf public static int[] lengths(String[] texts) {
            int[] out = new int[texts.length];
            for (int i = 0; i < texts.length; i++) {
                out[i] = texts[i].length();
            }
            return out;
        }

        @Udf(returns = "TINYINT NOT NULL") public static long[] tiny(byte[] values) {
            long[] out = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = values[i] * 2;
            }
            return out;
        }

        @Udf public static Mono<boolean[]> positive(long[] values) {
            boolean[] out = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = values[i] > 0;
            }
            return Mono.just(out);
        }

        @Udf public static long[] wrongLength(long[] values) { return new long[values.length + 1]; }

        @Udf(returns = {"BIGINT NOT NULL", "TEXT"}, columns = {"i", "word"})
        public static BatchTable explode(long[] counts) {
            int total = 0;
            for (long count : counts) {
                total += (int) count;
            }
            int[] rows = new int[total];
            long[] indexes = new long[total];
            String[] words = new String[total];
            boolean[] nulls = new boolean[total];
            int k = 0;
            for (int row = 0; row < counts.length; row++) {
                for (int i = 0; i < counts[row]; i++, k++) {
                    rows[k] = row;
                    indexes[k] = i;
                    nulls[k] = i == 1;
                    words[k] = nulls[k] ? null : "w" + i;
                }
            }
            return BatchTable.of(rows, indexes, Masked.of(words, nulls));
        }

        @Udf(returns = "BIGINT NOT NULL")
        public static BatchTable outOfRange(long[] counts) {
            return BatchTable.of(new int[] {counts.length}, (Object) new long[] {1});
        }

        @Udf public static long[] nullableWithoutMask(@Arg(type = "BIGINT NULL") long[] values) { return values; }

        @Udf public static long[] mixed(long[] values, long scalar) { return values; }

        @Udf public static BatchTable untyped(long[] values) { return null; }
    }

    @Test
    void arrayResultMakesABatchFunctionOfNotNullColumns() {
        FunctionSpec spec = spec(Columns.class, "add");

        assertThat(spec.kind()).isEqualTo(FunctionKind.UDF);
        assertThat(spec.args()).extracting(ArgSpec::sqlType, ArgSpec::nullable)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("BIGINT", false),
                org.assertj.core.groups.Tuple.tuple("BIGINT", false));
        assertThat(spec.returns()).containsExactly(new ColumnSpec(null, "BIGINT", WireType.INT64, false, ""));
    }

    @Test
    void batchFunctionIsCalledOncePerBatchAndAnswersEachRowWithItsRowId() {
        int before = CALLS.get();

        assertThat(call(spec(Columns.class, "add"), row(5, 1L, 2L), row(6, 3L, 4L), row(9, 5L, 6L)))
            .containsExactly(list(5L, 3L), list(6L, 7L), list(9L, 11L));
        assertThat(CALLS.get() - before).isEqualTo(1);
    }

    @Test
    void maskedColumnsCarryNullsInAndOut() {
        FunctionSpec spec = spec(Columns.class, "describe");

        assertThat(spec.args().get(0).nullable()).isTrue();
        assertThat(spec.returns().get(0).nullable()).isTrue();
        assertThat(call(spec, row(1, 1.5), row(2, null), row(3, 0.0)))
            .containsExactly(list(1L, "v=1.5"), list(2L, null), list(3L, "v=0.0"));
    }

    @Test
    void nullInAPlainArrayColumnFailsInsteadOfPassingAZero() {
        assertThatThrownBy(() -> call(spec(Columns.class, "add"), row(1, 1L, null)))
            .hasMessageContaining("NULL for the NOT NULL parameter arg1 of Columns.add");
    }

    @Test
    void objectColumnsArriveAsTypedArrays() {
        assertThat(call(spec(Columns.class, "lengths"), row(1, "abc"), row(2, "")))
            .containsExactly(list(1L, 3L), list(2L, 0L));
    }

    @Test
    void byteArrayParameterOfABatchFunctionIsATinyintColumn() {
        FunctionSpec spec = spec(Columns.class, "tiny");

        assertThat(spec.args().get(0).sqlType()).isEqualTo("TINYINT");
        assertThat(call(spec, row(1, 3L), row(2, -4L))).containsExactly(list(1L, 6L), list(2L, -8L));
    }

    @Test
    void asynchronousBatchFunctionIsAwaited() {
        assertThat(call(spec(Columns.class, "positive"), row(1, 3L), row(2, -4L)))
            .containsExactly(list(1L, 1L), list(2L, 0L));
    }

    @Test
    void resultColumnOfTheWrongLengthFailsTheCall() {
        assertThatThrownBy(() -> call(spec(Columns.class, "wrongLength"), row(1, 3L)))
            .hasMessageContaining("2 rows for the result of Columns.wrongLength of a batch of 1");
    }

    @Test
    void batchTableIsATableWhoseRowsNameTheirInputRows() {
        FunctionSpec spec = spec(Columns.class, "explode");

        assertThat(spec.kind()).isEqualTo(FunctionKind.TVF);
        assertThat(spec.returns()).containsExactly(new ColumnSpec("i", "BIGINT", WireType.INT64, false, ""),
            new ColumnSpec("word", "TEXT", WireType.STRING, true, ""));
        assertThat(call(spec, row(40, 2L), row(41, 0L), row(42, 1L)))
            .containsExactly(list(40L, 0L, "w0"), list(40L, 1L, null), list(42L, 0L, "w0"));
    }

    @Test
    void batchTableRowNamingNoInputRowFailsTheCall() {
        assertThatThrownBy(() -> call(spec(Columns.class, "outOfRange"), row(1, 1L)))
            .hasMessageContaining("output row 0 names input row 1 of a batch of 1");
    }

    @Test
    void nullableColumnMustBeMasked() {
        assertThatThrownBy(() -> spec(Columns.class, "nullableWithoutMask"))
            .hasMessageContaining("Columns.nullableWithoutMask, parameter arg0: a NULL-able column must be "
                + "Masked<long[]>");
    }

    @Test
    void everyParameterOfABatchFunctionIsAColumn() {
        assertThatThrownBy(() -> spec(Columns.class, "mixed"))
            .hasMessageContaining("Columns.mixed, parameter arg1: long is not a column");
    }

    @Test
    void batchTableNeedsTheTypesOfItsColumns() {
        assertThatThrownBy(() -> spec(Columns.class, "untyped"))
            .hasMessageContaining("Columns.untyped, result: a BatchTable needs @Udf(returns)");
    }
}
