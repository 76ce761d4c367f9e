/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.util.Objects;

/**
 * The template of the built-in codecs: they choose the columns they decode by {@link Kind}, and the values they
 * encode by class, so that {@link DefaultCodecs} can resolve and cache them without looking at values.
 *
 * @param <T> the Java type
 */
abstract class AbstractCodec<T> implements Codec<T> {

    private final Class<T> type;

    AbstractCodec(Class<T> type) {
        this.type = type;
    }

    @Override
    public final Class<T> type() {
        return this.type;
    }

    @Override
    public final boolean canDecode(Column column, Class<?> target) {
        Kind kind = Kind.of(column);
        if (target == Object.class) {
            return kind.defaultType() == this.type && decodes(kind);
        }
        return target.isAssignableFrom(this.type) && decodes(kind);
    }

    @Override
    public final T decode(ByteBuf buf, int index, int length, Column column, boolean binary,
                          Class<?> target, CodecContext context) {
        Kind kind = Kind.of(column);
        if (!decodes(kind)) {
            throw Errors.cannotDecode(column, target);
        }
        return decode(buf, index, length, column, kind, binary, context);
    }

    @Override
    public final boolean canEncode(Object value) {
        return value != null && encodes(value.getClass());
    }

    @Override
    public final Parameter encode(Object value, CodecContext context) {
        Objects.requireNonNull(value, "value");
        return encodeValue(value, context);
    }

    /**
     * @param kind a column kind
     * @return whether this codec turns values of that kind into a {@link #type()}
     */
    abstract boolean decodes(Kind kind);

    /**
     * Decodes a non-null field of a column of a kind this codec {@link #decodes}.
     *
     * @param buf     the row packet
     * @param index   the index of the field's first byte
     * @param length  the field's length
     * @param column  the column
     * @param kind    the column's kind
     * @param binary  whether the row came from the binary protocol
     * @param context the codec context
     * @return the value
     */
    abstract T decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                      CodecContext context);

    /**
     * @param valueType the class of a bind value
     * @return whether this codec encodes values of that class (none by default)
     */
    boolean encodes(Class<?> valueType) {
        return false;
    }

    /**
     * Encodes a value whose class this codec {@link #encodes}.
     *
     * @param value   the value
     * @param context the codec context
     * @return the parameter
     */
    Parameter encodeValue(Object value, CodecContext context) {
        throw new IllegalArgumentException("Cannot bind values of type " + value.getClass().getName());
    }

    /**
     * @return the {@code MYSQL_TYPE_*} code of a {@code NULL} bound for this codec's Java type
     */
    int nullType() {
        return DataTypes.VAR_STRING;
    }
}
