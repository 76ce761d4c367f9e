/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

/**
 * Bytes sent length-encoded with type BLOB; their literal is a hexadecimal literal {@code X'..'}.
 */
final class BytesParameter implements Parameter {

    private final byte[] bytes;

    /**
     * @param bytes the bytes, owned by the parameter from now on (callers pass a copy)
     */
    BytesParameter(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int type() {
        return DataTypes.BLOB;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        LengthEncoded.writeBytes(out, this.bytes);
    }

    @Override
    public int binarySize(ByteBuf scratch) {
        return LengthEncoded.sizeOf(this.bytes.length) + this.bytes.length;
    }

    @Override
    public void writeText(ByteBuf out, boolean noBackslashEscapes) {
        SqlLiterals.writeHex(out, this.bytes);
    }

    @Override
    public String toString() {
        return "BytesParameter{length=" + this.bytes.length + '}';
    }
}
