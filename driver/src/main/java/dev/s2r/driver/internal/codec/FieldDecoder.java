/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * The decoding of one column into one Java type, resolved once ({@link Codecs#decoder}) and then applied to the
 * column's field in every row, without looking the codec up again.
 */
public interface FieldDecoder {

    /**
     * @return the Java type this decoder was resolved for
     */
    Class<?> target();

    /**
     * Decodes a non-null field (see {@link Codec#decode} for the meaning of the arguments).
     *
     * @param buf     the row packet
     * @param index   the index of the field's first byte
     * @param length  the field's length
     * @param binary  whether the row came from the binary protocol
     * @param context the codec context
     * @return the value
     */
    Object decode(ByteBuf buf, int index, int length, boolean binary, CodecContext context);

    /**
     * @param codecs the registry
     * @param column the column
     * @param target the Java type
     * @return a decoder that asks the registry for every field (for registries without a faster resolution)
     */
    static FieldDecoder generic(Codecs codecs, Column column, Class<?> target) {
        return new FieldDecoder() {
            @Override
            public Class<?> target() {
                return target;
            }

            @Override
            public Object decode(ByteBuf buf, int index, int length, boolean binary, CodecContext context) {
                return codecs.decode(buf, index, length, column, binary, target, context);
            }
        };
    }
}
