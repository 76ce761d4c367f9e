/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.codec;

import dev.s2r.driver.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

/**
 * A string sent as length-encoded UTF-8 with type VAR_STRING; its literal is quoted and escaped.
 */
final class StringParameter implements Parameter {

    private final String value;

    StringParameter(String value) {
        this.value = value;
    }

    @Override
    public int type() {
        return DataTypes.VAR_STRING;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        LengthEncoded.writeString(out, this.value);
    }

    @Override
    public int binarySize(ByteBuf scratch) {
        int length = io.netty.buffer.ByteBufUtil.utf8Bytes(this.value);
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
