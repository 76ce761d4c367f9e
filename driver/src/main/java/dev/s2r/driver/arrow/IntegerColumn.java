/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.arrow;

import dev.s2r.driver.codec.DataTypes;
import dev.s2r.driver.message.server.ColumnDefinition;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * TINYINT to BIGINT, signed or unsigned, and YEAR: an Arrow integer of the column's width and signedness (MEDIUMINT
 * widens to 32 bits, YEAR is a signed 16-bit integer).
 */
final class IntegerColumn extends ArrowColumn {

    private final int bits;
    private final boolean signed;
    private BaseIntVector vector;

    IntegerColumn(ColumnDefinition column) {
        super(column);
        this.bits = bits(column.getType());
        this.signed = column.getType() == DataTypes.YEAR || !column.isUnsigned();
    }

    private static int bits(int type) {
        switch (type) {
            case DataTypes.TINY:
                return 8;
            case DataTypes.SHORT:
            case DataTypes.YEAR:
                return 16;
            case DataTypes.INT24:
            case DataTypes.LONG:
                return 32;
            default:
                return 64;
        }
    }

    @Override
    Field field() {
        return leaf(new ArrowType.Int(this.bits, this.signed));
    }

    @Override
    void bind(FieldVector vector) {
        this.vector = (BaseIntVector) vector;
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        long value = binary ? readBinary(data, index) : TextFields.parseLong(data, index, length, this);
        // setWithPossibleTruncate keeps the low bits, which is exact for every value of the column's type.
        this.vector.setWithPossibleTruncate(row, value);
    }

    private long readBinary(byte[] data, int index) {
        switch (this.column.getType()) {
            case DataTypes.TINY:
                return data[index];
            case DataTypes.SHORT:
            case DataTypes.YEAR:
                return Bytes.shortLE(data, index);
            case DataTypes.INT24:
            case DataTypes.LONG:
                return Bytes.intLE(data, index);
            default:
                return Bytes.longLE(data, index);
        }
    }
}
