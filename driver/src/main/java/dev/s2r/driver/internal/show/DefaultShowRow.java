/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import dev.s2r.driver.api.ShowRow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An immutable {@link ShowRow} backed by an ordered map.
 */
final class DefaultShowRow implements ShowRow {

    private final Map<String, Object> values;

    /**
     * @param keys   the normalised column names
     * @param values the values, in the same order
     */
    DefaultShowRow(List<String> keys, Object[] values) {
        Map<String, Object> map = new LinkedHashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), values[i]);
        }
        this.values = Collections.unmodifiableMap(map);
    }

    @Override
    public String name() {
        return this.values.isEmpty() ? null : text(this.values.values().iterator().next());
    }

    @Override
    public Object get(String column) {
        if (column == null) {
            throw new IllegalArgumentException("column must not be null");
        }
        if (this.values.containsKey(column)) {
            return this.values.get(column);
        }
        String key = ColumnNames.normalise(column);
        if (this.values.containsKey(key)) {
            return this.values.get(key);
        }
        throw new NoSuchElementException("No column '" + column + "'; the columns are " + this.values.keySet());
    }

    @Override
    public String getString(String column) {
        return text(get(column));
    }

    @Override
    public Long getLong(String column) {
        Object value = get(column);
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        return Long.valueOf(value.toString().trim());
    }

    @Override
    public List<String> columns() {
        return Collections.unmodifiableList(new ArrayList<>(this.values.keySet()));
    }

    @Override
    public Map<String, Object> asMap() {
        return this.values;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof DefaultShowRow && this.values.equals(((DefaultShowRow) o).values);
    }

    @Override
    public int hashCode() {
        return this.values.hashCode();
    }

    @Override
    public String toString() {
        return "ShowRow" + this.values;
    }
}
