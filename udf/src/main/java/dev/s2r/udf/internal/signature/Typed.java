/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.api.Masked;
import dev.s2r.udf.internal.invoke.Slot;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * One parameter or result column resolved: its SQL type and the {@link Slot} its values travel through.
 *
 * @param sql the SQL type
 * @param slot the slot
 */
record Typed(SqlType sql, Slot slot) {

    /**
     * A value of a scalar function: a supported type or {@code Optional} of one.
     *
     * @param type the declared Java type
     * @param override the SQL type override, empty for none
     * @param label the parameter or column, for the slot's error messages
     * @return the resolved type
     */
    static Typed value(Type type, String override, String label) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            Class<?> inner = raw(argument(type));
            if (inner == Optional.class) {
                throw new IllegalArgumentException("Optional<Optional<...>> is not a supported type");
            }
            SqlType sql = JavaTypes.of(inner, override, true);
            return new Typed(sql, slot(label, inner, Slot.Form.OPTIONAL, sql));
        }
        if (raw == Masked.class || raw.isArray() && raw != byte[].class && raw != float[].class
            && raw != double[].class) {
            throw new IllegalArgumentException(type.getTypeName() + " is a column, which only batch functions take "
                + "(a batch function returns an array, Masked or BatchTable; see @Udf)");
        }
        SqlType sql = JavaTypes.of(raw, override, !raw.isPrimitive());
        return new Typed(sql, slot(label, raw, Slot.Form.VALUE, sql));
    }

    /**
     * A column of a batch function: an array, or {@code Masked} of one.
     *
     * @param type the declared Java type
     * @param override the SQL type override, empty for none
     * @param label the parameter or column
     * @return the resolved type
     */
    static Typed column(Type type, String override, String label) {
        Class<?> raw = raw(type);
        boolean masked = raw == Masked.class;
        Class<?> array = masked ? raw(argument(type)) : raw;
        if (!array.isArray() || !JavaTypes.isColumnElement(array.getComponentType())) {
            throw new IllegalArgumentException(type.getTypeName() + " is not a column: the parameters and results "
                + "of a batch function are arrays of a supported type (long[], String[], byte[][], ...) or "
                + "Masked of one");
        }
        SqlType sql = JavaTypes.of(array.getComponentType(), override, masked);
        if (!masked && sql.nullable()) {
            throw new IllegalArgumentException("a NULL-able column must be Masked<" + array.getSimpleName() + ">");
        }
        return new Typed(sql, slot(label, array, masked ? Slot.Form.MASKED : Slot.Form.COLUMN, sql));
    }

    /**
     * @param label the column
     * @param override the SQL type, required
     * @return a column of a {@code BatchTable}, whose Java type is known only at run time
     */
    static Typed tableColumn(String label, String override) {
        SqlType parsed = SqlType.parse(override);
        boolean nullable = parsed.nullable() == null || parsed.nullable();
        SqlType sql = new SqlType(parsed.sql(), parsed.wire(), nullable, parsed.vector(), parsed.dimensions());
        if (sql.isVector()) {
            throw new IllegalArgumentException("a batch column cannot be a VECTOR");
        }
        return new Typed(sql, slot(label, Object[].class, nullable ? Slot.Form.MASKED : Slot.Form.COLUMN, sql));
    }

    private static Slot slot(String label, Class<?> type, Slot.Form form, SqlType sql) {
        return new Slot(label, type, form, sql.wire(), sql.nullable(), sql.vector(), sql.dimensions());
    }

    /**
     * @param type a declared type
     * @return its class
     * @throws IllegalArgumentException for a type variable or wildcard
     */
    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType a) {
            return raw(a.getGenericComponentType()).arrayType();
        }
        throw new IllegalArgumentException(type.getTypeName() + " is not a concrete type");
    }

    /**
     * @param type a parameterized type
     * @return its first type argument
     * @throws IllegalArgumentException for a raw type
     */
    static Type argument(Type type) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException("the raw type " + type.getTypeName() + " needs a type argument");
    }
}
