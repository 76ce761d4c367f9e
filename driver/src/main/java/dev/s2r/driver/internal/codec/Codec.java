/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * Converts between one Java type and the MySQL wire representations of column values and bind parameters.
 * <p>
 * Decoding reads a field in place: {@code buf} is the row packet and {@code [index, index + length)} the bytes of
 * this field (for the text protocol the characters of the value; for the binary protocol the value without its
 * length prefix: for fixed-width numbers the little-endian bytes, for temporal types the bytes after the length
 * byte, so an empty field is a zero date or time). A codec never changes the reader index or the reference count
 * of {@code buf}, and never keeps a reference to it.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {

    /**
     * @return the Java type this codec produces when decoding
     */
    Class<T> type();

    /**
     * Tells whether this codec turns values of {@code column} into an instance of {@code target}.
     *
     * @param column the column
     * @param target the requested Java type ({@code Object.class} asks for the column's default type)
     * @return {@code true} if {@link #decode} can be called
     */
    boolean canDecode(Column column, Class<?> target);

    /**
     * Decodes a non-null field.
     *
     * @param buf     the row packet
     * @param index   the absolute index of the field's first byte
     * @param length  the number of bytes of the field
     * @param column  the column
     * @param binary  {@code true} for the binary protocol (prepared statements), {@code false} for text
     * @param target  the requested Java type
     * @param context the connection's settings that affect decoding
     * @return the value
     * @throws IllegalArgumentException when the field cannot be represented as {@code target}
     */
    T decode(ByteBuf buf, int index, int length, Column column, boolean binary, Class<?> target,
             CodecContext context);

    /**
     * Tells whether this codec encodes {@code value} as a bind parameter.
     *
     * @param value a non-null value
     * @return {@code true} if {@link #encode} can be called
     */
    boolean canEncode(Object value);

    /**
     * Encodes a bind parameter.
     *
     * @param value   a value for which {@link #canEncode} answered {@code true}
     * @param context the connection's settings
     * @return the encoded parameter
     */
    Parameter encode(Object value, CodecContext context);
}
