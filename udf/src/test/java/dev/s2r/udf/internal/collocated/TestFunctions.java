/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import dev.s2r.udf.internal.function.Invoker;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongUnaryOperator;

/** BIGINT → BIGINT functions for the collocated tests. */
final class TestFunctions {

    static final Execution EXECUTION = new Execution(Schedulers.boundedElastic(), 4);

    private TestFunctions() {
    }

    /** @return {@code name(x BIGINT NULL) RETURNS BIGINT NULL} applying {@code operator} to each non-NULL x */
    static FunctionSpec perRow(String name, LongUnaryOperator operator) {
        return spec(name, (input, execution) -> Mono.fromCallable(() -> {
            Column in = input.column(0);
            Column out = Column.of(WireType.INT64, input.size());
            for (int row = 0; row < input.size(); row++) {
                if (in.isNull(row)) {
                    out.addNull();
                }
                else {
                    out.addLong(operator.applyAsLong(in.getLong(row)));
                }
            }
            return Batch.of(Arrays.copyOf(input.rowIds(), input.size()), input.size(), out);
        }));
    }

    static FunctionSpec spec(String name, Invoker invoker) {
        return new FunctionSpec(name, List.of(new ArgSpec("x", "BIGINT", WireType.INT64, true, null, "")),
            List.of(new ColumnSpec(null, "BIGINT", WireType.INT64, true, "")), FunctionKind.UDF, false,
            null, "Applies an operator to x", invoker);
    }
}
