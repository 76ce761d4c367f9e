/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.FieldDecoder;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import io.r2dbc.spi.RowMetadata;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The columns of a result set. Names are matched case-insensitively; with duplicate names the first column wins.
 */
public final class SingleStoreRowMetadata implements RowMetadata {

    private final ColumnDefinition[] columns;
    private final SingleStoreColumnMetadata[] metadata;
    private volatile Map<String, Integer> indexByName;
    private final Codecs codecs;
    /** Per column the decoder resolved last, reused while rows ask for the same type (entries are immutable). */
    private final FieldDecoder[] decoders;

    public SingleStoreRowMetadata(ColumnDefinition[] columns, Codecs codecs) {
        this.columns = columns;
        this.codecs = codecs;
        this.decoders = new FieldDecoder[columns.length];
        this.metadata = new SingleStoreColumnMetadata[columns.length];
        for (int i = 0; i < columns.length; i++) {
            this.metadata[i] = new SingleStoreColumnMetadata(columns[i], codecs);
        }
    }

    /**
     * @param message the column definitions of a result set
     * @param codecs  the codecs
     * @param context the codec context, whose {@linkplain CodecContext#memo memo} keeps the metadata of the last
     *                column-definition array
     * @return the row metadata of the result set: built once per column-definition array on a connection, since the
     * connection's column cache hands out the same array while a statement's columns do not change
     */
    static SingleStoreRowMetadata of(ResultSetMetadata message, Codecs codecs, CodecContext context) {
        ColumnDefinition[] columns = message.columns();
        return context.memo(columns, () -> new SingleStoreRowMetadata(columns, codecs));
    }

    /**
     * @param index the column
     * @param type  the requested Java type
     * @return the decoder of the column into {@code type}, resolved once and reused for the following rows
     * @throws IllegalArgumentException when the column cannot be decoded into {@code type}
     */
    FieldDecoder decoder(int index, Class<?> type) {
        FieldDecoder last = this.decoders[index];
        if (last != null && last.target() == type) {
            return last;
        }
        FieldDecoder resolved = this.codecs.decoder(this.columns[index], type);
        this.decoders[index] = resolved;
        return resolved;
    }

    ColumnDefinition[] columns() {
        return this.columns;
    }

    int size() {
        return this.columns.length;
    }

    @Override
    public SingleStoreColumnMetadata getColumnMetadata(int index) {
        if (index < 0 || index >= this.metadata.length) {
            throw new IndexOutOfBoundsException("Column index " + index + " is out of range [0, "
                + this.metadata.length + ")");
        }
        return this.metadata[index];
    }

    @Override
    public SingleStoreColumnMetadata getColumnMetadata(String name) {
        return this.metadata[indexOf(name)];
    }

    @Override
    public List<SingleStoreColumnMetadata> getColumnMetadatas() {
        return Arrays.asList(this.metadata.clone());
    }

    @Override
    public boolean contains(String columnName) {
        return columnName != null && names().containsKey(columnName.toLowerCase(Locale.ROOT));
    }

    /**
     * @param name a column name, matched case-insensitively
     * @return its index
     * @throws NoSuchElementException when no column has that name
     */
    int indexOf(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        Integer index = names().get(name.toLowerCase(Locale.ROOT));
        if (index == null) {
            throw new NoSuchElementException("No column named '" + name + "'; the columns are " + namesList());
        }
        return index;
    }

    private Map<String, Integer> names() {
        Map<String, Integer> names = this.indexByName;
        if (names == null) {
            names = new HashMap<>();
            for (int i = 0; i < this.columns.length; i++) {
                names.putIfAbsent(this.columns[i].getName().toLowerCase(Locale.ROOT), i);
            }
            this.indexByName = names;
        }
        return names;
    }

    private String namesList() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < this.columns.length; i++) {
            out.append(i == 0 ? "" : ", ").append(this.columns[i].getName());
        }
        return out.append(']').toString();
    }

    @Override
    public String toString() {
        return "SingleStoreRowMetadata" + namesList();
    }
}
