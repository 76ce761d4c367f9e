/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.api.BatchTable;
import dev.s2r.udf.api.Masked;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.invoke.Container;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * What a function returns, read from its Java return type: the container, whether it is a table, a record or a
 * batch function, and its columns.
 *
 * @param container what wraps the result
 * @param table whether the function is table-valued
 * @param batch whether it is a batch function (see {@link Udf})
 * @param record the record type of a row, {@code null} for one value or a batch function
 * @param columns the result columns
 * @param specs the result columns as the spec names them
 */
record Result(Container container, boolean table, boolean batch, Class<?> record, List<Typed> columns,
              List<ColumnSpec> specs) {

    /**
     * @param method the function
     * @param udf its annotation
     * @param label the function, for error messages
     * @return its result
     * @throws IllegalArgumentException when the return type cannot map
     */
    static Result of(Method method, Udf udf, String label) {
        Type type = method.getGenericReturnType();
        Class<?> raw = method.getReturnType();
        if (raw == void.class || raw == Void.class) {
            throw new IllegalArgumentException(label + ", result: a function returns a value, a record, a table or "
                + "a column, not void");
        }
        Container container = container(raw);
        Type inner = type;
        if (container != Container.NONE) {
            try {
                inner = Typed.argument(type);
                raw = Typed.raw(inner);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label + ", result: " + e.getMessage(), e);
            }
        }
        boolean table = container == Container.FLUX || container == Container.LIST || container == Container.STREAM;
        String[] returns = udf.returns();
        boolean vectorResult = (raw == float[].class || raw == double[].class) && returns.length == 1
            && isVector(returns[0]);
        boolean batch = !table && (raw == Masked.class || raw == BatchTable.class
            || raw.isArray() && raw != byte[].class && !vectorResult);
        List<String> names = new ArrayList<>();
        List<Typed> columns = new ArrayList<>();
        Class<?> record = null;
        try {
            if (batch && raw == BatchTable.class) {
                if (returns.length == 0) {
                    throw new IllegalArgumentException("a BatchTable needs @Udf(returns) to give each column's type");
                }
                for (int i = 0; i < returns.length; i++) {
                    names.add(name(udf, i, null));
                    columns.add(Typed.tableColumn(where(label, names.get(i)), returns[i]));
                }
                table = true;
            } else if (batch) {
                names.add(null);
                columns.add(Typed.column(inner, override(returns, 0, 1), "result of " + label));
            } else if (raw.isRecord()) {
                record = raw;
                RecordComponent[] components = raw.getRecordComponents();
                for (int i = 0; i < components.length; i++) {
                    names.add(name(udf, i, components[i].getName()));
                    columns.add(Typed.value(components[i].getGenericType(), override(returns, i,
                        components.length), where(label, names.get(i))));
                }
            } else {
                names.add(table ? name(udf, 0, null) : null);
                columns.add(Typed.value(inner, override(returns, 0, 1), table ? where(label, names.get(0))
                    : "result of " + label));
            }
            check(udf, columns.size(), table || record != null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + ", result: " + e.getMessage(), e);
        }
        List<ColumnSpec> specs = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Typed column = columns.get(i);
            specs.add(new ColumnSpec(names.get(i), column.sql().sql(), column.sql().wire(), column.slot().nullable(),
                ""));
        }
        return new Result(container, table, batch, record, columns, specs);
    }

    private static Container container(Class<?> raw) {
        if (raw == Mono.class) {
            return Container.MONO;
        } else if (raw == CompletableFuture.class) {
            return Container.FUTURE;
        } else if (raw == Flux.class) {
            return Container.FLUX;
        } else if (raw == List.class) {
            return Container.LIST;
        } else if (raw == Stream.class) {
            return Container.STREAM;
        }
        return Container.NONE;
    }

    private static boolean isVector(String override) {
        try {
            return SqlType.parse(override).isVector();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String where(String label, String column) {
        return "column " + column + " of " + label;
    }

    private static String override(String[] returns, int index, int count) {
        if (returns.length != 0 && returns.length != count) {
            throw new IllegalArgumentException("@Udf(returns) gives " + returns.length + " types for " + count
                + " result columns");
        }
        return returns.length == 0 ? "" : returns[index];
    }

    private static String name(Udf udf, int index, String fallback) {
        String[] columns = udf.columns();
        if (index < columns.length && !columns[index].isBlank()) {
            return columns[index].trim();
        }
        if (fallback != null) {
            return fallback;
        }
        StringBuilder letters = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            letters.insert(0, (char) ('a' + n % 26));
        }
        return letters.toString();
    }

    private static void check(Udf udf, int count, boolean named) {
        if (udf.columns().length != 0 && (!named || udf.columns().length != count)) {
            throw new IllegalArgumentException("@Udf(columns) gives " + udf.columns().length + " names for "
                + (named ? count + " columns" : "a result without column names"));
        }
        Set<String> seen = new HashSet<>();
        for (String column : udf.columns()) {
            if (!seen.add(column.trim().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("two columns are named " + column);
            }
        }
    }
}
