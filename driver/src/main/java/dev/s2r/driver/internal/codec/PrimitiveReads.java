/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * Reads of primitive values straight from a field, for the row's primitive getters: the same rules as the codecs,
 * without boxing the value or dispatching through a codec.
 */
public final class PrimitiveReads {

    private PrimitiveReads() {
    }

    /**
     * @param buf    the buffer holding the field
     * @param index  the field's first byte
     * @param length the field's length
     * @param column the field's column, a DOUBLE (for error messages)
     * @return the value of a text-protocol DOUBLE field, as {@link Double#parseDouble} reads it
     * @throws IllegalArgumentException when the text is not a number
     */
    public static double textDouble(ByteBuf buf, int index, int length, Column column) {
        return Numbers.readDouble(buf, index, length, column, false);
    }
}
