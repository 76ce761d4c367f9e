/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * A finite {@code double} sent as DOUBLE (8 bytes, little-endian); its literal is {@link Double#toString}.
 */
final class DoubleParameter implements Parameter {

    private final double value;

    DoubleParameter(double value) {
        this.value = value;
    }

    @Override
    public int type() {
        return DataTypes.DOUBLE;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        out.writeDoubleLE(this.value);
    }

    @Override
    public void writeText(ByteBuf out, boolean noBackslashEscapes) {
        SqlLiterals.writeAscii(out, Double.toString(this.value));
    }

    @Override
    public String toString() {
        return "DoubleParameter{" + this.value + '}';
    }
}
