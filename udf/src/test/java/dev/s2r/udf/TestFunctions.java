/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import dev.s2r.udf.internal.function.Invoker;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.function.LongUnaryOperator;

/** Function specs built by hand for the server's tests: BIGINT in, BIGINT out. */
public final class TestFunctions {

    private TestFunctions() {
    }

    /**
     * @param name the name
     * @param timeout its own timeout, {@code null} for the server's
     * @param invoker what runs it
     * @return a scalar function of one BIGINT returning BIGINT
     */
    public static FunctionSpec bigint(String name, Duration timeout, Invoker invoker) {
        return new FunctionSpec(name, List.of(new ArgSpec("x", "BIGINT", WireType.INT64, true, null, "")),
            List.of(new ColumnSpec(null, "BIGINT", WireType.INT64, true, "")), FunctionKind.UDF, false, timeout, "",
            invoker);
    }

    /**
     * @param operator the per-row function
     * @return an invoker applying it on the execution's worker scheduler, as synchronous functions run
     */
    public static Invoker perRow(LongUnaryOperator operator) {
        return (input, execution) -> Mono.fromCallable(() -> map(input, operator))
            .subscribeOn(execution.blocking());
    }

    /**
     * @param input a batch of one column
     * @param operator the per-row function
     * @return the output: the same row ids, NULL in NULL out
     */
    public static Batch map(Batch input, LongUnaryOperator operator) {
        Column out = Column.of(WireType.INT64, input.size());
        for (int row = 0; row < input.size(); row++) {
            if (input.column(0).isNull(row)) {
                out.addNull();
            } else {
                out.addLong(operator.applyAsLong(input.column(0).getLong(row)));
            }
        }
        return Batch.of(input.rowIds(), input.size(), out);
    }
}
