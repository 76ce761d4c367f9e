/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

/**
 * A string sent as length-encoded UTF-8 with type VAR_STRING; its literal is quoted and escaped.
 */
final class StringParameter implements Parameter {

    private final String value;
    /** The UTF-8 length, computed on first use (sizing a bulk command, then writing it); -1 until then. */
    private int utf8Length = -1;

    StringParameter(String value) {
        this.value = value;
    }

    private int utf8Length() {
        int length = this.utf8Length;
        if (length < 0) {
            length = io.netty.buffer.ByteBufUtil.utf8Bytes(this.value);
            this.utf8Length = length;
        }
        return length;
    }

    @Override
    public int type() {
        return DataTypes.VAR_STRING;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        int length = utf8Length();
        LengthEncoded.writeLength(out, length);
        io.netty.buffer.ByteBufUtil.reserveAndWriteUtf8(out, this.value, length);
    }

    @Override
    public int binarySize(ByteBuf scratch) {
        int length = utf8Length();
        return LengthEncoded.sizeOf(length) + length;
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
