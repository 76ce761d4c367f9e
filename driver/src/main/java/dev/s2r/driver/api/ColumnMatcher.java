/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.RowMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the column for a Java property name: first a case-insensitive match, then one that ignores underscores,
 * so {@code firstName}, {@code first_name} and {@code FIRST_NAME} all find the column {@code first_name}.
 */
final class ColumnMatcher {

    private final List<String> names;

    ColumnMatcher(RowMetadata metadata) {
        List<? extends ColumnMetadata> columns = metadata.getColumnMetadatas();
        this.names = new ArrayList<>(columns.size());
        for (ColumnMetadata column : columns) {
            this.names.add(column.getName());
        }
    }

    /**
     * @param property a record component or bean property name
     * @return the index of its column, or -1
     */
    int indexOf(String property) {
        for (int i = 0; i < this.names.size(); i++) {
            if (this.names.get(i).equalsIgnoreCase(property)) {
                return i;
            }
        }
        String wanted = relaxed(property);
        for (int i = 0; i < this.names.size(); i++) {
            if (relaxed(this.names.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the column names, for messages */
    List<String> names() {
        return this.names;
    }

    private static String relaxed(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /**
     * @param type a type, possibly primitive
     * @return its wrapper type, or the type itself
     */
    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
