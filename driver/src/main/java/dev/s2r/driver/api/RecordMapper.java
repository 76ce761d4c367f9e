/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.function.BiFunction;

/**
 * Maps a row to a Java record through its canonical constructor, one column per component.
 *
 * @param <R> the record type
 */
final class RecordMapper<R> implements BiFunction<Row, RowMetadata, R> {

    private final Class<R> type;
    private final RecordComponent[] components;
    private final Constructor<R> constructor;
    private volatile Layout layout;

    RecordMapper(Class<R> type) {
        if (type == null || !type.isRecord()) {
            throw new IllegalArgumentException((type == null ? "null" : type.getName()) + " is not a record class");
        }
        this.type = type;
        this.components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[this.components.length];
        for (int i = 0; i < parameterTypes.length; i++) {
            parameterTypes[i] = this.components[i].getType();
        }
        try {
            this.constructor = type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("Record " + type.getName() + " has no canonical constructor", e);
        }
        Reflection.makeAccessible(this.constructor);
    }

    @Override
    public R apply(Row row, RowMetadata metadata) {
        int[] columns = columns(metadata);
        Object[] arguments = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            Class<?> componentType = this.components[i].getType();
            Object value = row.get(columns[i], ColumnMatcher.boxed(componentType));
            if (value == null && componentType.isPrimitive()) {
                throw new IllegalStateException("Column '" + metadata.getColumnMetadata(columns[i]).getName()
                    + "' is NULL but record component " + this.type.getSimpleName() + '.'
                    + this.components[i].getName() + " is a primitive " + componentType.getName());
            }
            arguments[i] = value;
        }
        try {
            return this.constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The constructor of record " + this.type.getName() + " failed",
                e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct record " + this.type.getName(), e);
        }
    }

    private int[] columns(RowMetadata metadata) {
        Layout current = this.layout;
        if (current != null && current.metadata == metadata) {
            return current.columns;
        }
        ColumnMatcher matcher = new ColumnMatcher(metadata);
        int[] columns = new int[this.components.length];
        for (int i = 0; i < columns.length; i++) {
            String component = this.components[i].getName();
            columns[i] = matcher.indexOf(component);
            if (columns[i] < 0) {
                throw new IllegalArgumentException("Record " + this.type.getSimpleName() + " has a component '"
                    + component + "' but the result has no column of that name; the columns are " + matcher.names());
            }
        }
        this.layout = new Layout(metadata, columns);
        return columns;
    }

    /** The column of each component, worked out for one result's metadata. */
    private static final class Layout {

        final RowMetadata metadata;
        final int[] columns;

        Layout(RowMetadata metadata, int[] columns) {
            this.metadata = metadata;
            this.columns = columns;
        }
    }
}
