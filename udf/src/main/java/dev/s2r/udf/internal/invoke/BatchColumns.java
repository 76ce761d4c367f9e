/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.udf.api.Masked;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;

import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * Whole columns of batch functions: a {@link Column} as a Java array (or a {@link Masked} one), and back. NULL rows
 * reach a function only through a mask: a plain array never holds one.
 */
final class BatchColumns {

    private BatchColumns() {
    }

    /**
     * @param column an input column
     * @param size its number of rows
     * @param slot a {@link Slot.Form#COLUMN} or {@link Slot.Form#MASKED} slot
     * @return the array, or {@code Masked} array, the function takes
     */
    static Object toJava(Column column, int size, Slot slot) {
        Object values = toArray(column, size, slot.type());
        return slot.form() == Slot.Form.MASKED ? Masked.of(values, Arrays.copyOf(column.nulls(), size)) : values;
    }

    private static Object toArray(Column column, int size, Class<?> arrayType) {
        Class<?> element = arrayType.getComponentType();
        if (element == long.class) {
            return Arrays.copyOf(column.longs(), size);
        } else if (element == double.class) {
            return Arrays.copyOf(column.doubles(), size);
        }
        Object array = Array.newInstance(element, size);
        if (element == int.class) {
            int[] ints = (int[]) array;
            for (int i = 0; i < size; i++) {
                ints[i] = (int) column.getLong(i);
            }
        } else if (element == short.class) {
            short[] shorts = (short[]) array;
            for (int i = 0; i < size; i++) {
                shorts[i] = (short) column.getLong(i);
            }
        } else if (element == byte.class) {
            byte[] bytes = (byte[]) array;
            for (int i = 0; i < size; i++) {
                bytes[i] = (byte) column.getLong(i);
            }
        } else if (element == boolean.class) {
            boolean[] booleans = (boolean[]) array;
            for (int i = 0; i < size; i++) {
                booleans[i] = column.getLong(i) != 0;
            }
        } else if (element == float.class) {
            float[] floats = (float[]) array;
            for (int i = 0; i < size; i++) {
                floats[i] = (float) column.getDouble(i);
            }
        } else if (element == JsonNode.class) {
            JsonNode[] nodes = (JsonNode[]) array;
            for (int i = 0; i < size; i++) {
                nodes[i] = column.isNull(i) ? null : Values.parseJson((String) column.getObject(i));
            }
        } else {
            System.arraycopy(column.objects(), 0, array, 0, size);
        }
        return array;
    }

    /**
     * @param result an array or a {@code Masked} array the function returned
     * @param slot the result column's slot
     * @param size the number of rows it must have, or -1 for any
     * @return the column
     * @throws IllegalArgumentException when the length differs, the array does not fit the column's type, or a
     * NOT NULL column receives a NULL
     */
    static Column toColumn(Object result, Slot slot, int size) {
        if (result == null) {
            throw new NullPointerException("null for the " + slot.label());
        }
        Object values = result instanceof Masked<?> masked ? masked.values() : result;
        boolean[] nulls = result instanceof Masked<?> masked ? masked.nulls() : null;
        if (!values.getClass().isArray()) {
            throw new IllegalArgumentException(values.getClass().getName() + " for the " + slot.label()
                + ": not an array");
        }
        int length = Array.getLength(values);
        if (size >= 0 && length != size) {
            throw new IllegalArgumentException(length + " rows for the " + slot.label() + " of a batch of " + size);
        }
        WireType wire = slot.wire();
        Class<?> element = values.getClass().getComponentType();
        WireType.Storage storage = element == double.class || element == float.class ? WireType.Storage.DOUBLE
            : element.isPrimitive() ? WireType.Storage.LONG : WireType.Storage.OBJECT;
        if (storage != wire.storage()) {
            throw new IllegalArgumentException(values.getClass().getSimpleName() + " for the " + slot.label()
                + " of type " + wire);
        }
        Column column = Column.of(wire, Math.max(length, 1));
        for (int i = 0; i < length; i++) {
            if (nulls != null && nulls[i]) {
                if (!slot.nullable()) {
                    throw new IllegalArgumentException("NULL for the NOT NULL " + slot.label());
                }
                column.addNull();
            } else {
                add(column, values, element, i, slot);
            }
        }
        return column;
    }

    private static void add(Column column, Object values, Class<?> element, int i, Slot slot) {
        if (element == long.class) {
            column.addLong(((long[]) values)[i]);
        } else if (element == int.class) {
            column.addLong(((int[]) values)[i]);
        } else if (element == short.class) {
            column.addLong(((short[]) values)[i]);
        } else if (element == byte.class) {
            column.addLong(((byte[]) values)[i]);
        } else if (element == boolean.class) {
            column.addLong(((boolean[]) values)[i] ? 1 : 0);
        } else if (element == double.class) {
            column.addDouble(((double[]) values)[i]);
        } else if (element == float.class) {
            column.addDouble(((float[]) values)[i]);
        } else {
            Object value = ((Object[]) values)[i];
            if (value == null && !slot.nullable()) {
                throw new IllegalArgumentException("NULL for the NOT NULL " + slot.label());
            }
            column.addObject(value instanceof JsonNode node ? node.toString() : value);
        }
    }
}
