/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * A whole number sent as TINY (1 byte), SHORT (2), LONG (4) or LONGLONG (8 bytes), little-endian, optionally
 * UNSIGNED; its literal is the plain decimal number.
 */
final class IntegerParameter implements Parameter {

    private final int type;
    private final boolean unsigned;
    private final long value;

    /**
     * @param type     TINY, SHORT, LONG or LONGLONG
     * @param unsigned whether {@code value} holds an unsigned number (for LONGLONG, 64 raw bits)
     * @param value    the value, which must fit the type
     */
    IntegerParameter(int type, boolean unsigned, long value) {
        this.type = type;
        this.unsigned = unsigned;
        this.value = value;
    }

    @Override
    public int type() {
        return this.type;
    }

    @Override
    public boolean unsigned() {
        return this.unsigned;
    }

    @Override
    public boolean isNull() {
        return false;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        switch (this.type) {
            case DataTypes.TINY:
                out.writeByte((int) this.value);
                break;
            case DataTypes.SHORT:
                out.writeShortLE((int) this.value);
                break;
            case DataTypes.LONG:
                out.writeIntLE((int) this.value);
                break;
            default:
                out.writeLongLE(this.value);
                break;
        }
    }

    @Override
    public void writeText(ByteBuf out, boolean noBackslashEscapes) {
        SqlLiterals.writeAscii(out, this.unsigned ? Long.toUnsignedString(this.value) : Long.toString(this.value));
    }

    @Override
    public String toString() {
        return "IntegerParameter{type=" + DataTypes.name(this.type) + ", unsigned=" + this.unsigned + ", value="
            + (this.unsigned ? Long.toUnsignedString(this.value) : Long.toString(this.value)) + '}';
    }
}
