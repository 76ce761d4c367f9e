/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.RowMetadata;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The map keys of a result's columns: each column's name, made unique as the Python SDK's dict rows do.
 */
final class ColumnKeys {

    private ColumnKeys() {
    }

    /**
     * The first column with a name keeps it. A later column with the same name (compared case-insensitively) is
     * keyed {@code table.name}, using the table alias of its column definition; when it has no table, or that key
     * is taken too, it is keyed {@code name_2}, {@code name_3} ..., the first free one.
     *
     * @param metadata the columns
     * @return one unique key per column, in column order
     */
    static String[] of(RowMetadata metadata) {
        List<? extends ColumnMetadata> columns = metadata.getColumnMetadatas();
        String[] keys = new String[columns.size()];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < keys.length; i++) {
            String name = columns.get(i).getName();
            String key = name;
            if (!taken.add(lower(key))) {
                String table = table(columns.get(i));
                key = table.isEmpty() ? name + "_2" : table + '.' + name;
                for (int n = 2; !taken.add(lower(key)); n++) {
                    key = name + '_' + n;
                }
            }
            keys[i] = key;
        }
        return keys;
    }

    private static String table(ColumnMetadata column) {
        Object nativeType = column.getNativeTypeMetadata();
        return nativeType instanceof SingleStoreTypeMetadata ? ((SingleStoreTypeMetadata) nativeType).getTable() : "";
    }

    private static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
