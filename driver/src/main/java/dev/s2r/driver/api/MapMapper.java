/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Maps a row to a {@link LinkedHashMap} of its default Java values, keyed by {@link ColumnKeys}.
 */
final class MapMapper implements BiFunction<Row, RowMetadata, Map<String, Object>> {

    private volatile Layout layout;

    @Override
    public Map<String, Object> apply(Row row, RowMetadata metadata) {
        Layout current = this.layout;
        if (current == null || current.metadata != metadata) {
            current = new Layout(metadata, ColumnKeys.of(metadata));
            this.layout = current;
        }
        String[] keys = current.keys;
        Map<String, Object> values = new LinkedHashMap<>(keys.length * 4 / 3 + 1);
        for (int i = 0; i < keys.length; i++) {
            values.put(keys[i], row.get(i));
        }
        return values;
    }

    /** The keys worked out for one result's metadata. */
    private static final class Layout {

        final RowMetadata metadata;
        final String[] keys;

        Layout(RowMetadata metadata, String[] keys) {
            this.metadata = metadata;
            this.keys = keys;
        }
    }
}
