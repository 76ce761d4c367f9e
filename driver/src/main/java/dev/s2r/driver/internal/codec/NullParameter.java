/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * A typed SQL {@code NULL}: sent in the null bitmap of {@code COM_STMT_EXECUTE}, or as the literal {@code NULL}.
 */
final class NullParameter implements Parameter {

    private final int type;

    NullParameter(int type) {
        this.type = type;
    }

    @Override
    public int type() {
        return this.type;
    }

    @Override
    public boolean unsigned() {
        return false;
    }

    @Override
    public boolean isNull() {
        return true;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        throw new IllegalStateException("NULL has no binary value; it is sent in the null bitmap");
    }

    @Override
    public void writeText(ByteBuf out, boolean noBackslashEscapes) {
        SqlLiterals.writeAscii(out, "NULL");
    }

    @Override
    public String toString() {
        return "NullParameter{type=" + DataTypes.name(this.type) + '}';
    }
}
