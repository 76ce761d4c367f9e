/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * A column of type {@code NULL} (for example {@code SELECT NULL}): an Arrow null column.
 */
final class NullColumn extends ArrowColumn {

    NullColumn(ColumnDefinition column) {
        super(column);
    }

    @Override
    boolean nullable() {
        return true;
    }

    @Override
    Field field() {
        return leaf(ArrowType.Null.INSTANCE);
    }

    @Override
    void capacity(int rows) {
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
    }

    @Override
    void moveTo(FieldVector vector, int rows) {
        vector.setValueCount(rows);
    }
}
