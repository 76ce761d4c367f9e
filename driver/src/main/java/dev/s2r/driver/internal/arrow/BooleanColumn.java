/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * {@code TINYINT(1)} and {@code BIT(1)}: an Arrow boolean, true for any non-zero value (as {@code Row.get} reads
 * them).
 */
final class BooleanColumn extends ArrowColumn {

    private final Bits values = new Bits();
    private final Bits validity = new Bits();

    BooleanColumn(ColumnDefinition column) {
        super(column);
    }

    @Override
    Field field() {
        return leaf(ArrowType.Bool.INSTANCE);
    }

    @Override
    void capacity(int rows) {
        this.values.capacity(rows);
        this.validity.capacity(rows);
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        boolean value;
        if (this.column.getType() == DataTypes.BIT) {
            value = false;
            for (int i = 0; i < length; i++) {
                value |= data[index + i] != 0;
            }
        } else if (binary) {
            value = data[index] != 0;
        } else {
            value = textInteger(data, index, length, false) != 0;
        }
        if (value) {
            this.values.set(row);
        }
        this.validity.set(row);
    }

    @Override
    void moveTo(FieldVector vector, int rows) {
        BitVector bits = (BitVector) vector;
        bits.allocateNew(Math.max(rows, 1));
        this.values.moveTo(bits.getDataBuffer(), rows);
        this.validity.moveTo(bits.getValidityBuffer(), rows);
        bits.setValueCount(rows);
    }
}
