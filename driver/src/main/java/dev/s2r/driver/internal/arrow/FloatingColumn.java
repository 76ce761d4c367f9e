/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.util.NumberText;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

import java.nio.charset.StandardCharsets;

/**
 * FLOAT to an Arrow single-precision float, DOUBLE to a double-precision one.
 */
final class FloatingColumn extends ArrowColumn {

    private final boolean single;
    private final FixedStage stage;

    FloatingColumn(ColumnDefinition column) {
        super(column);
        this.single = column.getType() == DataTypes.FLOAT;
        this.stage = new FixedStage(this.single ? 4 : 8);
    }

    @Override
    Field field() {
        return leaf(new ArrowType.FloatingPoint(this.single ? FloatingPointPrecision.SINGLE
            : FloatingPointPrecision.DOUBLE));
    }

    @Override
    void capacity(int rows) {
        this.stage.capacity(rows);
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        if (this.single) {
            this.stage.putFloat(row, binary ? Bytes.floatLE(data, index)
                : Float.parseFloat(text(data, index, length)));
        } else {
            this.stage.putDouble(row, binary ? Bytes.doubleLE(data, index) : parseDouble(data, index, length));
        }
    }

    @Override
    void moveTo(FieldVector vector, int rows) {
        this.stage.moveTo((BaseFixedWidthVector) vector, rows);
    }

    /**
     * Parses a DOUBLE sent as text: plain decimals of at most 15 digits exactly by {@link NumberText#exactDouble},
     * anything else through {@link Double#parseDouble}.
     */
    private double parseDouble(byte[] data, int index, int length) {
        double value = NumberText.exactDouble(data, index, length);
        return Double.isNaN(value) ? Double.parseDouble(text(data, index, length)) : value;
    }

    private String text(byte[] data, int index, int length) {
        String text = new String(data, index, length, StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
            throw malformed(data, index, length);
        }
        return text;
    }
}
