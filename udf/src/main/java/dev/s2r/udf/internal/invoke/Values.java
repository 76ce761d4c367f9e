/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2r.driver.api.Vector;
import dev.s2r.driver.api.VectorElementType;
import dev.s2r.udf.internal.batch.Column;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Method handles between one row of a {@link Column} and one Java value of a {@link Slot}: a reader
 * {@code (Column, int) -> T} and a writer {@code (Column, T) -> void}, with no boxing for primitive types.
 */
final class Values {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Values() {
    }

    /**
     * @param slot a {@link Slot.Form#VALUE} or {@link Slot.Form#OPTIONAL} slot
     * @return {@code (Column, int) -> declared type}
     */
    static MethodHandle reader(Slot slot) {
        Class<?> type = slot.type();
        MethodHandle reader;
        if (type.isPrimitive()) {
            reader = primitiveReader(type);
        } else if (type == Vector.class || type == float[].class || type == double[].class) {
            reader = MethodHandles.insertArguments(find("readVector", Object.class, Column.class, int.class,
                VectorElementType.class, int.class, Class.class), 2, slot.vector(), slot.dimensions(), type);
        } else {
            reader = find(readerName(type), Object.class, Column.class, int.class);
        }
        if (slot.form() == Slot.Form.OPTIONAL) {
            reader = MethodHandles.filterReturnValue(reader.asType(reader.type().changeReturnType(Object.class)),
                find("optional", Optional.class, Object.class));
        }
        return reader.asType(MethodType.methodType(slot.declared(), Column.class, int.class));
    }

    /**
     * @param slot a {@link Slot.Form#VALUE} or {@link Slot.Form#OPTIONAL} slot
     * @return {@code (Column, declared type) -> void}; writing {@code null} to a NOT NULL column fails
     */
    static MethodHandle writer(Slot slot) {
        Class<?> type = slot.type();
        MethodHandle writer;
        if (type.isPrimitive()) {
            writer = primitiveWriter(type);
        } else {
            writer = objectWriter(slot);
            if (!slot.nullable()) {
                writer = MethodHandles.filterArguments(writer, 1,
                    MethodHandles.insertArguments(find("notNull", Object.class, Object.class, String.class), 1,
                        slot.label()));
            }
            if (slot.form() == Slot.Form.OPTIONAL) {
                writer = MethodHandles.filterArguments(writer, 1, find("unwrap", Object.class, Optional.class));
            }
        }
        return writer.asType(MethodType.methodType(void.class, Column.class, slot.declared()));
    }

    private static MethodHandle objectWriter(Slot slot) {
        Class<?> type = slot.type();
        if (type == ByteBuffer.class) {
            return find("writeByteBuffer", void.class, Column.class, Object.class);
        }
        if (type == JsonNode.class) {
            return find("writeJson", void.class, Column.class, Object.class);
        }
        if (type == Vector.class || type == float[].class || type == double[].class) {
            return MethodHandles.insertArguments(find("writeVector", void.class, Column.class, Object.class,
                VectorElementType.class, int.class, String.class), 2, slot.vector(), slot.dimensions(),
                slot.label());
        }
        if (type == Long.class || type == Integer.class || type == Short.class || type == Byte.class) {
            return find("writeInteger", void.class, Column.class, Object.class);
        }
        if (type == Boolean.class) {
            return find("writeBoolean", void.class, Column.class, Object.class);
        }
        if (type == Double.class || type == Float.class) {
            return find("writeFloating", void.class, Column.class, Object.class);
        }
        return find("writeObject", void.class, Column.class, Object.class);
    }

    private static MethodHandle primitiveReader(Class<?> type) {
        if (type == boolean.class) {
            return find("readBoolean", boolean.class, Column.class, int.class);
        }
        MethodHandle raw = type == double.class || type == float.class
            ? find("readDouble", double.class, Column.class, int.class)
            : find("readLong", long.class, Column.class, int.class);
        return MethodHandles.explicitCastArguments(raw, MethodType.methodType(type, Column.class, int.class));
    }

    private static MethodHandle primitiveWriter(Class<?> type) {
        if (type == boolean.class) {
            return find("writeBoolean", void.class, Column.class, boolean.class);
        }
        MethodHandle raw = type == double.class || type == float.class
            ? find("writeDouble", void.class, Column.class, double.class)
            : find("writeLong", void.class, Column.class, long.class);
        return MethodHandles.explicitCastArguments(raw, MethodType.methodType(void.class, Column.class, type));
    }

    private static String readerName(Class<?> type) {
        if (type == Long.class) {
            return "readLongBoxed";
        } else if (type == Integer.class) {
            return "readIntBoxed";
        } else if (type == Short.class) {
            return "readShortBoxed";
        } else if (type == Byte.class) {
            return "readByteBoxed";
        } else if (type == Boolean.class) {
            return "readBooleanBoxed";
        } else if (type == Double.class) {
            return "readDoubleBoxed";
        } else if (type == Float.class) {
            return "readFloatBoxed";
        } else if (type == ByteBuffer.class) {
            return "readByteBuffer";
        } else if (type == JsonNode.class) {
            return "readJson";
        }
        return "readObject";
    }

    private static MethodHandle find(String name, Class<?> returns, Class<?>... parameters) {
        try {
            return LOOKUP.findStatic(Values.class, name, MethodType.methodType(returns, parameters));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static long readLong(Column column, int row) {
        return column.getLong(row);
    }

    static double readDouble(Column column, int row) {
        return column.getDouble(row);
    }

    static boolean readBoolean(Column column, int row) {
        return column.getLong(row) != 0;
    }

    static Object readLongBoxed(Column column, int row) {
        return column.isNull(row) ? null : Long.valueOf(column.getLong(row));
    }

    static Object readIntBoxed(Column column, int row) {
        return column.isNull(row) ? null : Integer.valueOf((int) column.getLong(row));
    }

    static Object readShortBoxed(Column column, int row) {
        return column.isNull(row) ? null : Short.valueOf((short) column.getLong(row));
    }

    static Object readByteBoxed(Column column, int row) {
        return column.isNull(row) ? null : Byte.valueOf((byte) column.getLong(row));
    }

    static Object readBooleanBoxed(Column column, int row) {
        return column.isNull(row) ? null : Boolean.valueOf(column.getLong(row) != 0);
    }

    static Object readDoubleBoxed(Column column, int row) {
        return column.isNull(row) ? null : Double.valueOf(column.getDouble(row));
    }

    static Object readFloatBoxed(Column column, int row) {
        return column.isNull(row) ? null : Float.valueOf((float) column.getDouble(row));
    }

    static Object readObject(Column column, int row) {
        return column.isNull(row) ? null : column.getObject(row);
    }

    static Object readByteBuffer(Column column, int row) {
        return column.isNull(row) ? null : ByteBuffer.wrap((byte[]) column.getObject(row)).asReadOnlyBuffer();
    }

    static Object readJson(Column column, int row) {
        return column.isNull(row) ? null : parseJson((String) column.getObject(row));
    }

    static JsonNode parseJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a JSON argument is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Object readVector(Column column, int row, VectorElementType elements, int dimensions, Class<?> type) {
        if (column.isNull(row)) {
            return null;
        }
        Vector vector = Vectors.unpack((byte[]) column.getObject(row), elements, dimensions);
        if (type == float[].class) {
            return vector.toFloatArray();
        }
        return type == double[].class ? vector.toDoubleArray() : vector;
    }

    static Optional<?> optional(Object value) {
        return Optional.ofNullable(value);
    }

    static Object unwrap(Optional<?> value) {
        return value == null ? null : value.orElse(null);
    }

    static Object notNull(Object value, String label) {
        if (value == null) {
            throw new NullPointerException("null for the NOT NULL " + label);
        }
        return value;
    }

    static void writeLong(Column column, long value) {
        column.addLong(value);
    }

    static void writeDouble(Column column, double value) {
        column.addDouble(value);
    }

    static void writeBoolean(Column column, boolean value) {
        column.addLong(value ? 1 : 0);
    }

    static void writeInteger(Column column, Object value) {
        if (value == null) {
            column.addNull();
        } else {
            column.addLong(((Number) value).longValue());
        }
    }

    static void writeBoolean(Column column, Object value) {
        if (value == null) {
            column.addNull();
        } else {
            column.addLong((Boolean) value ? 1 : 0);
        }
    }

    static void writeFloating(Column column, Object value) {
        if (value == null) {
            column.addNull();
        } else {
            column.addDouble(((Number) value).doubleValue());
        }
    }

    static void writeObject(Column column, Object value) {
        column.addObject(value);
    }

    static void writeByteBuffer(Column column, Object value) {
        if (value == null) {
            column.addNull();
            return;
        }
        ByteBuffer buffer = ((ByteBuffer) value).duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        column.addObject(bytes);
    }

    static void writeJson(Column column, Object value) {
        column.addObject(value == null ? null : value.toString());
    }

    static void writeVector(Column column, Object value, VectorElementType elements, int dimensions, String label) {
        if (value == null) {
            column.addNull();
            return;
        }
        Vector vector = value instanceof float[] floats ? Vector.of(floats)
            : value instanceof double[] doubles ? Vector.of(doubles) : (Vector) value;
        column.addObject(Vectors.pack(vector, elements, dimensions, label));
    }

    /** Little-endian packing of vectors into BLOB values, as the Python SDK's {@code pack_vector} does. */
    static final class Vectors {

        private Vectors() {
        }

        static Vector unpack(byte[] bytes, VectorElementType elements, int dimensions) {
            if (dimensions > 0 && bytes.length != dimensions * elements.size()) {
                throw new IllegalArgumentException("a VECTOR(" + dimensions + ", " + elements + ") argument has "
                    + bytes.length + " bytes, not " + dimensions * elements.size());
            }
            return Vector.fromPackedBytes(elements, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        }

        static byte[] pack(Vector vector, VectorElementType elements, int dimensions, String label) {
            if (vector.elementType() != elements) {
                throw new IllegalArgumentException("a vector of " + vector.elementType() + " elements for the "
                    + label + " of " + elements + " elements");
            }
            if (dimensions > 0 && vector.dimensions() != dimensions) {
                throw new IllegalArgumentException("a vector of " + vector.dimensions() + " dimensions for the "
                    + label + " of " + dimensions);
            }
            return vector.toPackedBytes();
        }
    }
}
