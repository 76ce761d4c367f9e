/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.arrow;

import dev.s2r.driver.message.server.ColumnDefinition;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

import java.util.Collections;
import java.util.List;

/**
 * Writes the non-null fields of one result column into the Arrow vector of the current batch.
 * <p>
 * One instance per column of a result set: {@link #bind} is called with the column's vector of each new batch, then
 * {@link #write} once per non-null field; a {@code NULL} field is simply not written (a freshly allocated vector
 * is all nulls).
 */
abstract class ArrowColumn {

    final ColumnDefinition column;

    ArrowColumn(ColumnDefinition column) {
        this.column = column;
    }

    /** @return the Arrow field of the column */
    abstract Field field();

    /**
     * Takes the vector of a new batch.
     *
     * @param vector the vector created from {@link #field()}
     */
    abstract void bind(FieldVector vector);

    /**
     * Writes one non-null field.
     *
     * @param row    the row index within the batch
     * @param data   the bytes of the row packet
     * @param index  the index of the field's first byte
     * @param length the field's length
     * @param binary whether the row came from the binary protocol
     */
    abstract void write(int row, byte[] data, int index, int length, boolean binary);

    /** @return whether the column may hold nulls according to its metadata */
    boolean nullable() {
        return !this.column.isNotNull();
    }

    /** @return a leaf field of the given type named after the column */
    Field leaf(ArrowType type) {
        return new Field(this.column.getName(), new FieldType(nullable(), type, null), null);
    }

    /** @return a field with one child */
    Field parent(ArrowType type, Field child) {
        List<Field> children = Collections.singletonList(child);
        return new Field(this.column.getName(), new FieldType(nullable(), type, null), children);
    }

    /** @return the column described for error messages */
    String describe() {
        return "'" + this.column.getName() + "'";
    }
}
