/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Character strings to Arrow {@code Utf8} (the session sends them in UTF-8) and byte strings to Arrow
 * {@code Binary}, copied as sent.
 */
final class BytesColumn extends ArrowColumn {

    private final boolean text;
    private final VariableStage stage = new VariableStage();

    BytesColumn(ColumnDefinition column, boolean text) {
        super(column);
        this.text = text;
    }

    @Override
    Field field() {
        return leaf(this.text ? ArrowType.Utf8.INSTANCE : ArrowType.Binary.INSTANCE);
    }

    @Override
    void capacity(int rows) {
        this.stage.capacity(rows);
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        this.stage.put(row, data, index, length);
    }

    @Override
    void moveTo(FieldVector vector, int rows) {
        this.stage.moveTo((BaseVariableWidthVector) vector, rows);
    }
}
