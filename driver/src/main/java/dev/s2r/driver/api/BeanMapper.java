/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Maps a row to a JavaBean: a new instance from the no-argument constructor, then one setter call per column that
 * has a matching {@code setXxx} method. Columns without a setter are skipped; properties without a column keep
 * their initial value.
 *
 * @param <B> the bean type
 */
final class BeanMapper<B> implements BiFunction<Row, RowMetadata, B> {

    private final Class<B> type;
    private final Constructor<B> constructor;
    private final Map<String, List<Method>> setters;
    private volatile Layout layout;

    BeanMapper(Class<B> type) {
        if (type == null || type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isRecord()) {
            throw new IllegalArgumentException((type == null ? "null" : type.getName())
                + " is not a concrete bean class");
        }
        this.type = type;
        try {
            this.constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("Bean " + type.getName() + " has no no-argument constructor", e);
        }
        Reflection.makeAccessible(this.constructor);
        this.setters = setters(type);
    }

    private static Map<String, List<Method>> setters(Class<?> type) {
        Map<String, List<Method>> setters = new LinkedHashMap<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            if (name.length() > 3 && name.startsWith("set") && method.getParameterCount() == 1
                && !Modifier.isStatic(method.getModifiers())) {
                Reflection.makeAccessible(method);
                setters.computeIfAbsent(name.substring(3), k -> new ArrayList<>()).add(method);
            }
        }
        for (List<Method> overloads : setters.values()) {
            overloads.sort(Comparator.comparing(m -> m.getParameterTypes()[0].getName()));
        }
        return setters;
    }

    @Override
    public B apply(Row row, RowMetadata metadata) {
        Layout current = layout(metadata);
        B bean;
        try {
            bean = this.constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The constructor of bean " + this.type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct bean " + this.type.getName(), e);
        }
        for (int i = 0; i < current.columns.length; i++) {
            Method setter = current.setters[i];
            Class<?> parameterType = setter.getParameterTypes()[0];
            Object value = row.get(current.columns[i], ColumnMatcher.boxed(parameterType));
            if (value == null && parameterType.isPrimitive()) {
                continue;
            }
            try {
                setter.invoke(bean, value);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("Setter " + this.type.getSimpleName() + '.' + setter.getName()
                    + " failed", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot call setter " + this.type.getSimpleName() + '.'
                    + setter.getName(), e);
            }
        }
        return bean;
    }

    private Layout layout(RowMetadata metadata) {
        Layout current = this.layout;
        if (current != null && current.metadata == metadata) {
            return current;
        }
        ColumnMatcher matcher = new ColumnMatcher(metadata);
        List<Integer> columns = new ArrayList<>();
        List<Method> chosen = new ArrayList<>();
        for (Map.Entry<String, List<Method>> property : this.setters.entrySet()) {
            int column = matcher.indexOf(property.getKey());
            if (column >= 0) {
                columns.add(column);
                chosen.add(choose(property.getValue(), metadata.getColumnMetadata(column).getJavaType()));
            }
        }
        current = new Layout(metadata, columns.stream().mapToInt(Integer::intValue).toArray(),
            chosen.toArray(new Method[0]));
        this.layout = current;
        return current;
    }

    private static Method choose(List<Method> overloads, Class<?> columnType) {
        for (Method method : overloads) {
            if (ColumnMatcher.boxed(method.getParameterTypes()[0]) == columnType) {
                return method;
            }
        }
        return overloads.get(0);
    }

    /** The column and setter of each mapped property, worked out for one result's metadata. */
    private static final class Layout {

        final RowMetadata metadata;
        final int[] columns;
        final Method[] setters;

        Layout(RowMetadata metadata, int[] columns, Method[] setters) {
            this.metadata = metadata;
            this.columns = columns;
            this.setters = setters;
        }
    }
}
