/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.api.VectorElementType;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;

/**
 * Chooses the Arrow type of each column (the mapping documented in {@code docs/singlestore.md}), following the
 * same classification as the driver's codecs so that an Arrow value equals what {@code Row.get} returns.
 */
final class ArrowColumns {

    private ArrowColumns() {
    }

    /**
     * @param columns the columns of a result set
     * @param codecs  the driver's codecs (for the JSON projection of VECTOR)
     * @param context the codec context
     * @return one writer per column
     */
    static ArrowColumn[] of(ColumnDefinition[] columns, Codecs codecs, CodecContext context) {
        ArrowColumn[] writers = new ArrowColumn[columns.length];
        for (int i = 0; i < columns.length; i++) {
            writers[i] = of(columns[i], codecs, context);
        }
        return writers;
    }

    private static ArrowColumn of(ColumnDefinition column, Codecs codecs, CodecContext context) {
        if (column.getExtendedType() == DataTypes.EXTENDED_BSON) {
            return new BytesColumn(column, false);
        }
        if (column.getExtendedType() == DataTypes.EXTENDED_VECTOR
            && VectorElementType.isKnownCode(column.getVectorElementType())) {
            return new VectorColumn(column, codecs, context);
        }
        switch (column.getType()) {
            case DataTypes.TINY:
                return column.getLength() == 1 ? new BooleanColumn(column) : new IntegerColumn(column);
            case DataTypes.SHORT:
            case DataTypes.INT24:
            case DataTypes.LONG:
            case DataTypes.LONGLONG:
            case DataTypes.YEAR:
                return new IntegerColumn(column);
            case DataTypes.DECIMAL:
            case DataTypes.NEWDECIMAL:
                return new DecimalColumn(column);
            case DataTypes.FLOAT:
            case DataTypes.DOUBLE:
                return new FloatingColumn(column);
            case DataTypes.BIT:
                return column.getLength() == 1 ? new BooleanColumn(column) : new BytesColumn(column, false);
            case DataTypes.DATE:
            case DataTypes.NEWDATE:
            case DataTypes.DATETIME:
            case DataTypes.DATETIME2:
            case DataTypes.TIMESTAMP:
            case DataTypes.TIMESTAMP2:
                return new DateTimeColumn(column);
            case DataTypes.TIME:
            case DataTypes.TIME2:
                return new TimeColumn(column);
            case DataTypes.JSON:
            case DataTypes.ENUM:
            case DataTypes.SET:
                return new BytesColumn(column, true);
            case DataTypes.GEOMETRY:
                return new BytesColumn(column, false);
            case DataTypes.NULL:
                return new NullColumn(column);
            default:
                return new BytesColumn(column, !column.isBinaryCharset());
        }
    }
}
