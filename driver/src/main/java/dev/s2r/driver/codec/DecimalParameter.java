/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.codec;

import dev.s2r.driver.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

import java.math.BigDecimal;

/**
 * A {@link BigDecimal} sent as its plain (non-scientific) text, length-encoded, with type NEWDECIMAL; its literal
 * is the same unquoted text, which the server reads as an exact DECIMAL.
 */
final class DecimalParameter implements Parameter {

    private final String plain;

    DecimalParameter(BigDecimal value) {
        this.plain = value.toPlainString();
    }

    @Override
    public int type() {
        return DataTypes.NEWDECIMAL;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        LengthEncoded.writeString(out, this.plain);
    }

    @Override
    public void writeText(ByteBuf out, boolean noBackslashEscapes) {
        SqlLiterals.writeAscii(out, this.plain);
    }

    @Override
    public String toString() {
        return "DecimalParameter{" + this.plain + '}';
    }
}
