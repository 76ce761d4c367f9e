/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import dev.s2r.driver.api.ShowRow;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Copies a row of a {@code SHOW} result into a {@link ShowRow}: integer columns as {@code Long}, bit and spatial
 * columns as their default Java value, the others as text. The column layout is worked out once per result; an
 * instance serves one query at a time.
 */
final class ShowRowMapper implements BiFunction<Row, RowMetadata, ShowRow> {

    private static final int TEXT = 0;
    private static final int INTEGER = 1;
    private static final int RAW = 2;

    private RowMetadata metadata;
    private List<String> keys;
    private int[] kinds;

    @Override
    public ShowRow apply(Row row, RowMetadata rowMetadata) {
        if (rowMetadata != this.metadata) {
            layout(rowMetadata);
        }
        Object[] values = new Object[this.keys.size()];
        for (int i = 0; i < values.length; i++) {
            switch (this.kinds[i]) {
                case INTEGER:
                    values[i] = integer(row.get(i, String.class));
                    break;
                case RAW:
                    values[i] = row.get(i);
                    break;
                default:
                    values[i] = row.get(i, String.class);
            }
        }
        return new DefaultShowRow(this.keys, values);
    }

    private void layout(RowMetadata rowMetadata) {
        List<? extends ColumnMetadata> columns = rowMetadata.getColumnMetadatas();
        List<String> names = new ArrayList<>(columns.size());
        int[] columnKinds = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            names.add(columns.get(i).getName());
            columnKinds[i] = kind(columns.get(i));
        }
        this.keys = ColumnNames.keys(names);
        this.kinds = columnKinds;
        this.metadata = rowMetadata;
    }

    private static int kind(ColumnMetadata column) {
        Object nativeType = column.getNativeTypeMetadata();
        if (!(nativeType instanceof ColumnDefinition)) {
            return column.getJavaType() == String.class ? TEXT : RAW;
        }
        switch (((ColumnDefinition) nativeType).getType()) {
            case DataTypes.TINY:
            case DataTypes.SHORT:
            case DataTypes.INT24:
            case DataTypes.LONG:
            case DataTypes.LONGLONG:
            case DataTypes.YEAR:
                return INTEGER;
            case DataTypes.BIT:
            case DataTypes.GEOMETRY:
            case DataTypes.NULL:
                return RAW;
            default:
                return TEXT;
        }
    }

    private static Object integer(String text) {
        if (text == null) {
            return null;
        }
        BigInteger value = new BigInteger(text);
        return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
    }
}
