/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.apache.arrow.vector.BaseFixedWidthVector;
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
    private final FixedStage stage;

    IntegerColumn(ColumnDefinition column) {
        super(column);
        this.bits = bits(column.getType());
        this.signed = column.getType() == DataTypes.YEAR || !column.isUnsigned();
        this.stage = new FixedStage(this.bits / 8);
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
    void capacity(int rows) {
        this.stage.capacity(rows);
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        // the low bits of the value, which is exact for every value of the column's type
        switch (this.bits) {
            case 8:
                this.stage.putByte(row, binary ? data[index] : (byte) textInteger(data, index, length, false));
                break;
            case 16:
                this.stage.putShort(row, binary ? Bytes.shortLE(data, index)
                    : (short) textInteger(data, index, length, false));
                break;
            case 32:
                this.stage.putInt(row, binary ? Bytes.intLE(data, index)
                    : (int) textInteger(data, index, length, false));
                break;
            default:
                this.stage.putLong(row, binary ? Bytes.longLE(data, index)
                    : textInteger(data, index, length, !this.signed));
                break;
        }
    }

    @Override
    void moveTo(FieldVector vector, int rows) {
        this.stage.moveTo((BaseFixedWidthVector) vector, rows);
    }
}
