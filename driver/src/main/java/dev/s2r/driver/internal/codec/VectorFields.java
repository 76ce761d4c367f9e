/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.Vector;
import dev.s2r.driver.api.VectorElementType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of VECTOR columns in either projection, the same over the text and the binary protocol (the
 * binary protocol sends the value length-encoded, like a string):
 * <ul>
 *   <li>binary (the column's character set is 63): the packed little-endian elements, dimensions &times; element
 *   size bytes;</li>
 *   <li>JSON (any other character set): a JSON array of numbers.</li>
 * </ul>
 * A column whose metadata announces {@code N > 0} dimensions must hold exactly {@code N} elements; one announcing 0
 * accepts any number. A field that breaks these rules fails with an {@link IllegalArgumentException} that names
 * the column and says what was expected.
 */
final class VectorFields {

    private static final int MAX_TEXT_IN_MESSAGE = 64;

    private VectorFields() {
    }

    /**
     * @return the value as a {@link Vector}
     */
    static Vector read(ByteBuf buf, int index, int length, Column column, Kind kind) {
        if (column.isBinaryCharset()) {
            return Vector.fromPackedBytes(kind.elementType(), packed(buf, index, length, column, kind));
        }
        Vector vector;
        try {
            vector = JsonVectorParser.parse(buf, index, length, kind.elementType());
        } catch (IllegalArgumentException e) {
            throw Errors.malformed(abbreviated(buf, index, length), column, e);
        }
        int dimensions = column.getVectorDimensions();
        if (dimensions > 0 && vector.dimensions() != dimensions) {
            throw new IllegalArgumentException("Value of column " + Errors.describe(column) + " has "
                + vector.dimensions() + " elements; expected " + dimensions);
        }
        return vector;
    }

    /**
     * Gives a read-only little-endian view of a binary-projection field, after checking its length.
     *
     * @return the view; valid only as long as {@code buf} is
     */
    static ByteBuffer packed(ByteBuf buf, int index, int length, Column column, Kind kind) {
        VectorElementType elementType = kind.elementType();
        int dimensions = column.getVectorDimensions();
        int size = elementType.size();
        boolean valid = dimensions > 0 ? (long) dimensions * size == length : length % size == 0;
        if (!valid) {
            throw new IllegalArgumentException("Value of column " + Errors.describe(column) + " has " + length
                + " bytes; expected " + (dimensions > 0 ? (long) dimensions * size + " (" + dimensions
                + " elements of " + size + " bytes)" : "a multiple of " + size));
        }
        return buf.nioBuffer(index, length).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * @return the packed little-endian bytes of the value (converted from the JSON projection)
     */
    static byte[] packedBytes(ByteBuf buf, int index, int length, Column column, Kind kind) {
        if (column.isBinaryCharset()) {
            packed(buf, index, length, column, kind);
            return ByteBufUtil.getBytes(buf, index, length);
        }
        return read(buf, index, length, column, kind).toPackedBytes();
    }

    /**
     * @return the value as JSON text: as sent in the JSON projection, rendered from the elements in the binary one
     */
    static String json(ByteBuf buf, int index, int length, Column column, Kind kind) {
        if (column.isBinaryCharset()) {
            return read(buf, index, length, column, kind).toString();
        }
        return buf.toString(index, length, StandardCharsets.UTF_8);
    }

    private static String abbreviated(ByteBuf buf, int index, int length) {
        if (length <= MAX_TEXT_IN_MESSAGE) {
            return buf.toString(index, length, StandardCharsets.UTF_8);
        }
        return buf.toString(index, MAX_TEXT_IN_MESSAGE, StandardCharsets.UTF_8) + "...";
    }
}
