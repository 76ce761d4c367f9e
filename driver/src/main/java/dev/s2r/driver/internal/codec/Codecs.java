/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.r2dbc.spi.Type;

/**
 * The registry of codecs: finds the codec for a column and requested Java type, or for a bind value.
 */
public interface Codecs {

    /**
     * Decodes a non-null field (see {@link Codec#decode} for the meaning of the arguments).
     *
     * @param buf     the row packet
     * @param index   the index of the field's first byte
     * @param length  the field's length
     * @param column  the column
     * @param binary  whether the row came from the binary protocol
     * @param target  the requested type; {@code Object.class} for the column's default Java type
     * @param context the codec context
     * @param <T>     the requested type
     * @return the value
     * @throws IllegalArgumentException when no codec converts this column to {@code target}
     */
    <T> T decode(ByteBuf buf, int index, int length, Column column, boolean binary, Class<T> target,
                 CodecContext context);

    /**
     * Resolves once how fields of {@code column} become {@code target}, for use on many rows.
     *
     * @param column the column
     * @param target the requested type; {@code Object.class} for the column's default Java type
     * @return the decoder
     * @throws IllegalArgumentException when no codec converts this column to {@code target}
     */
    default FieldDecoder decoder(Column column, Class<?> target) {
        return FieldDecoder.generic(this, column, target);
    }

    /**
     * Encodes a non-null bind value.
     *
     * @param value   the value
     * @param context the codec context
     * @return the parameter
     * @throws IllegalArgumentException when no codec accepts the value's type (the message names the type)
     */
    Parameter encode(Object value, CodecContext context);

    /**
     * Encodes a typed {@code NULL}.
     *
     * @param type the Java type the null stands for
     * @return the parameter
     * @throws IllegalArgumentException when the type cannot be bound
     */
    Parameter encodeNull(Class<?> type);

    /**
     * @param column a column
     * @return the Java type {@code Row.get(i)} returns for it
     */
    Class<?> defaultJavaType(Column column);

    /**
     * @param column a column
     * @return the R2DBC type of the column
     */
    Type r2dbcType(Column column);
}
