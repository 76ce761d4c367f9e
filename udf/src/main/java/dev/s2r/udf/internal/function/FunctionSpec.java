/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.function;

import dev.s2r.udf.internal.batch.WireType;

import java.time.Duration;
import java.util.List;

/**
 * Everything the servers, the DDL and {@code function_info} need to know of one function, whatever declared it.
 *
 * @param name the name SingleStore calls it by ({@code s2-ef-name}), prefix and suffix not yet applied
 * @param args its parameters, in order
 * @param returns its return columns, in order (one for a scalar function that returns one value)
 * @param kind scalar or table-valued
 * @param record whether a scalar function returns {@code RECORD(...)} rather than one value
 * @param timeout its own timeout, or {@code null} for the server's
 * @param summary one line of documentation, empty when none
 * @param invoker what runs it
 */
public record FunctionSpec(String name, List<ArgSpec> args, List<ColumnSpec> returns, FunctionKind kind,
                           boolean record, Duration timeout, String summary, Invoker invoker) {

    /** Copies the lists. */
    public FunctionSpec {
        args = List.copyOf(args);
        returns = List.copyOf(returns);
    }

    /** @return the wire types of the arguments, in order: what a request body decodes as */
    public List<WireType> argTypes() {
        return this.args.stream().map(ArgSpec::wire).toList();
    }

    /** @return the wire types of the return columns, in order: what a response body encodes */
    public List<WireType> returnTypes() {
        return this.returns.stream().map(ColumnSpec::wire).toList();
    }

    /**
     * @param prefixedName the name under which the function is served
     * @return this function under another name
     */
    public FunctionSpec named(String prefixedName) {
        return new FunctionSpec(prefixedName, this.args, this.returns, this.kind, this.record, this.timeout,
            this.summary, this.invoker);
    }
}
