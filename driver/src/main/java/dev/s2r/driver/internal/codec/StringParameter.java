/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.util.LengthEncoded;
import dev.s2r.driver.internal.util.Utf8;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * A string sent as length-encoded UTF-8 with type VAR_STRING; its literal is quoted and escaped.
 * <p>
 * Every bound string (a {@code CharSequence}, {@code Character}, {@code UUID}, enum name or collected {@code Clob})
 * becomes one of these, so this is where bound text is checked: the constructor measures the value in UTF-8 and
 * refuses a lone UTF-16 surrogate ({@link Utf8#length}, one pass that the length prefix of the binary form needs
 * anyway). Both wire forms then write the value as is, knowing that UTF-8 encodes it exactly.
 */
final class StringParameter implements Parameter {

    private final String value;
    /** The UTF-8 length, for the binary form and the sizing of bulk commands and rewritten batches. */
    private final int utf8Length;

    /**
     * @param value the string
     * @throws IllegalArgumentException if it holds a lone surrogate (the message gives its index, not the value),
     *                                  or is longer than 2 GiB in UTF-8
     */
    StringParameter(String value) {
        long length = Utf8.length(value);
        if (length < 0) {
            throw new IllegalArgumentException(Utf8.loneSurrogateMessage("String value", value, (int) (-1L - length)));
        }
        if (length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("String value is too long to send: " + length + " bytes in UTF-8");
        }
        this.value = value;
        this.utf8Length = (int) length;
    }

    @Override
    public int type() {
        return DataTypes.VAR_STRING;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        LengthEncoded.writeLength(out, this.utf8Length);
        ByteBufUtil.reserveAndWriteUtf8(out, this.value, this.utf8Length);
    }

    @Override
    public int binarySize(ByteBuf scratch) {
        return LengthEncoded.sizeOf(this.utf8Length) + this.utf8Length;
    }

    @Override
    public void writeText(ByteBuf out, boolean noBackslashEscapes) {
        SqlLiterals.writeQuoted(out, this.value, noBackslashEscapes);
    }

    @Override
    public String toString() {
        return "StringParameter{length=" + this.value.length() + '}';
    }
}
