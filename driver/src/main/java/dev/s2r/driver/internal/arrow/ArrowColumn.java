/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.util.NumberText;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * Decodes the non-null fields of one result column for the batch being filled, and moves them into the column's
 * Arrow vector when the batch is emitted.
 * <p>
 * One instance per column of a result set. Values are staged in heap arrays ({@link FixedStage},
 * {@link VariableStage}, {@link Bits}) in Arrow's own layout, so that a field costs a plain array store and no
 * Arrow memory is held while a batch fills; {@link #moveTo} allocates the vector and copies each buffer in one
 * step. {@link #capacity} is called before a row beyond the current capacity is written, then {@link #write} once
 * per non-null field; a {@code NULL} field is simply not written (an unwritten row is null).
 */
abstract class ArrowColumn {

    final ColumnDefinition column;

    ArrowColumn(ColumnDefinition column) {
        this.column = column;
    }

    /** @return the Arrow field of the column */
    abstract Field field();

    /**
     * Makes room for {@code rows} rows in the batch being filled, keeping the rows written so far.
     *
     * @param rows the rows the batch may hold
     */
    abstract void capacity(int rows);

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

    /**
     * Allocates the vector's buffers for the batch, moves the rows written so far into them (setting the vector's
     * value count), and starts the next batch empty.
     *
     * @param vector the vector created from {@link #field()}, not yet allocated
     * @param rows   the rows of the batch
     */
    abstract void moveTo(FieldVector vector, int rows);

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

    /**
     * Reads an integer text as {@link NumberText#parseLong} does; the few texts it leaves (-2^63, 2^63, and any
     * that is not such a number) go through the JDK's parser.
     *
     * @param unsigned whether the column is a 64-bit unsigned one (values above 2^63 - 1 come back as their bits)
     * @return the value
     * @throws IllegalArgumentException when the text is not an integer of the column's range
     */
    final long textInteger(byte[] data, int index, int length, boolean unsigned) {
        long value = NumberText.parseLong(data, index, length, unsigned);
        return value != NumberText.UNPARSED ? value : textIntegerSlowly(data, index, length, unsigned);
    }

    private long textIntegerSlowly(byte[] data, int index, int length, boolean unsigned) {
        String text = new String(data, index, length, StandardCharsets.ISO_8859_1);
        try {
            return unsigned ? Long.parseUnsignedLong(text) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw malformed(data, index, length);
        }
    }

    /**
     * @return the error for a field whose text is not in the format of the column's type
     */
    final IllegalArgumentException malformed(byte[] data, int index, int length) {
        return new IllegalArgumentException("Malformed value '" + new String(data, index, Math.min(length, 64),
            StandardCharsets.UTF_8) + "' in column " + describe());
    }
}
