/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import reactor.core.publisher.Mono;

import java.util.List;

/** Function specs built by hand, as the signature scanner would build them. */
final class Functions {

    private Functions() {
    }

    /** {@code add(a BIGINT NOT NULL, b DOUBLE NULL DEFAULT NULL) RETURNS DOUBLE NOT NULL} */
    static FunctionSpec add() {
        return new FunctionSpec("add",
            List.of(new ArgSpec("a", "BIGINT", WireType.INT64, false, null, "the first"),
                new ArgSpec("b", "DOUBLE", WireType.FLOAT64, true, "NULL", "")),
            List.of(new ColumnSpec(null, "DOUBLE", WireType.FLOAT64, false, "the sum")),
            FunctionKind.UDF, false, null, "Adds two numbers", Functions::unused);
    }

    /** {@code greet(name TEXT NULL) RETURNS TEXT NULL} */
    static FunctionSpec greet() {
        return new FunctionSpec("greet", List.of(new ArgSpec("name", "TEXT", WireType.STRING, true, null, "")),
            List.of(new ColumnSpec(null, "TEXT", WireType.STRING, true, "")), FunctionKind.UDF, false, null, "",
            Functions::unused);
    }

    /** {@code split(s TEXT NOT NULL DEFAULT 'a,b') RETURNS TABLE(part TEXT NOT NULL, position BIGINT NULL)} */
    static FunctionSpec split() {
        return new FunctionSpec("split", List.of(new ArgSpec("s", "TEXT", WireType.STRING, false, "'a,b'", "")),
            List.of(new ColumnSpec("part", "TEXT", WireType.STRING, false, ""),
                new ColumnSpec("position", "BIGINT", WireType.INT64, true, "")),
            FunctionKind.TVF, false, null, "", Functions::unused);
    }

    /** {@code minmax(x DOUBLE NOT NULL) RETURNS RECORD(lo DOUBLE NOT NULL, hi DOUBLE NULL)}, fields unnamed */
    static FunctionSpec minmax() {
        return new FunctionSpec("minmax", List.of(new ArgSpec("x", "DOUBLE", WireType.FLOAT64, false, null, "")),
            List.of(new ColumnSpec(null, "DOUBLE", WireType.FLOAT64, false, ""),
                new ColumnSpec(null, "DOUBLE", WireType.FLOAT64, true, "")),
            FunctionKind.UDF, true, null, "", Functions::unused);
    }

    private static Mono<dev.s2r.udf.internal.batch.Batch> unused(dev.s2r.udf.internal.batch.Batch input,
                                                                 dev.s2r.udf.internal.function.Execution exec) {
        return Mono.error(new UnsupportedOperationException("DDL tests never call a function"));
    }
}
