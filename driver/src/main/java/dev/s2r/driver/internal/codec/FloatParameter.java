/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * A finite {@code float} sent as FLOAT (4 bytes, little-endian); its literal is {@link Float#toString}.
 */
final class FloatParameter implements Parameter {

    private final float value;

    FloatParameter(float value) {
        this.value = value;
    }

    @Override
    public int type() {
        return DataTypes.FLOAT;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        out.writeFloatLE(this.value);
    }

    @Override
    public void writeText(ByteBuf out, boolean noBackslashEscapes) {
        SqlLiterals.writeAscii(out, Float.toString(this.value));
    }

    @Override
    public String toString() {
        return "FloatParameter{" + this.value + '}';
    }
}
