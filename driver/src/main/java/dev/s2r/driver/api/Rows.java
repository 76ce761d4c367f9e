/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * Ready-made row mapping functions for {@link io.r2dbc.spi.Result#map(BiFunction)}: rows as maps, Java records or
 * JavaBeans.
 * <pre>{@code
 * Flux<Map<String, Object>> maps = Flux.from(statement.execute()).flatMap(result -> result.map(Rows.toMap()));
 * Flux<Person> people = Flux.from(statement.execute()).flatMap(result -> result.map(Rows.toRecord(Person.class)));
 * }</pre>
 * Each function works out the column layout once per result and can be reused across results and subscriptions.
 * Errors thrown while mapping (a missing column, a value that cannot be converted) fail the {@code Flux}.
 */
public final class Rows {

    private Rows() {
    }

    /**
     * Maps each row to a mutable {@link java.util.LinkedHashMap} from column name to the column's default Java value
     * ({@code Row.get(index)}), in column order.
     * <p>
     * As in the Python SDK's dict rows, the first column with a name keeps it and a later column with the same name
     * (compared case-insensitively) is keyed {@code table.name}, with the table alias from the query (so a self-join
     * of {@code t a JOIN t b} gives {@code id} and {@code b.id}). A column without a table, or whose
     * {@code table.name} is taken too, is keyed {@code name_2}, {@code name_3} ...
     *
     * @return the mapping function
     */
    public static BiFunction<Row, RowMetadata, Map<String, Object>> toMap() {
        return new MapMapper();
    }

    /**
     * Maps each row to a Java record through its canonical constructor. Each component takes the column of the same
     * name, compared case-insensitively and ignoring underscores (component {@code firstName} reads column
     * {@code first_name}), converted with {@code Row.get(column, componentType)} (primitives through their wrapper
     * type). Extra columns are ignored. A component without a column fails the mapping with an
     * {@link IllegalArgumentException} naming it; a NULL for a primitive component fails with an
     * {@link IllegalStateException}.
     *
     * @param recordType the record class; a non-public record works where reflection may open it
     * @param <R>        the record type
     * @return the mapping function
     * @throws IllegalArgumentException when the class is not a record
     */
    public static <R> BiFunction<Row, RowMetadata, R> toRecord(Class<R> recordType) {
        return new RecordMapper<>(recordType);
    }

    /**
     * Maps each row to a JavaBean: the no-argument constructor, then for each column with a matching public
     * {@code setXxx} method (same matching as {@link #toRecord(Class)}) a call with
     * {@code Row.get(column, parameterType)}. Columns without a setter are ignored, and so is a NULL for a primitive
     * setter (the property keeps its initial value). With overloaded setters, the one taking the column's default
     * Java type wins.
     *
     * @param beanType the bean class
     * @param <B>      the bean type
     * @return the mapping function
     * @throws IllegalArgumentException when the class is abstract, a record, or has no no-argument constructor
     */
    public static <B> BiFunction<Row, RowMetadata, B> toBean(Class<B> beanType) {
        return new BeanMapper<>(beanType);
    }
}
