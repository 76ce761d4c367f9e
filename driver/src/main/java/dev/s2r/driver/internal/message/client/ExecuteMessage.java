/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import dev.s2r.driver.internal.codec.Parameter;
import dev.s2r.driver.internal.message.server.StatementColumns;
import io.netty.buffer.ByteBuf;

/**
 * {@code COM_STMT_EXECUTE} with the parameter types and values in the binary protocol.
 */
public final class ExecuteMessage implements ClientMessage {

    private static final int NO_CURSOR = 0;
    private static final int UNSIGNED = 0x80;

    private final long statementId;
    private final Parameter[] parameters;
    private final StatementColumns columns;

    /**
     * @param statementId the prepared statement id
     * @param parameters  one parameter per marker (never {@code null}; SQL NULL is a null parameter)
     */
    public ExecuteMessage(long statementId, Parameter[] parameters) {
        this(statementId, parameters, null);
    }

    /**
     * @param statementId the prepared statement id
     * @param parameters  one parameter per marker (never {@code null}; SQL NULL is a null parameter)
     * @param columns     the statement's last announced result columns, for responses that skip them, or
     *                    {@code null}
     */
    public ExecuteMessage(long statementId, Parameter[] parameters, StatementColumns columns) {
        this.statementId = statementId;
        this.parameters = parameters;
        this.columns = columns;
    }

    /** @return the statement's last announced result columns, or {@code null} */
    public StatementColumns columns() {
        return this.columns;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(Command.STMT_EXECUTE);
        out.writeIntLE((int) this.statementId);
        out.writeByte(NO_CURSOR);
        out.writeIntLE(1);
        int count = this.parameters.length;
        if (count == 0) {
            return;
        }
        writeNullBitmap(out);
        out.writeByte(1);
        for (Parameter parameter : this.parameters) {
            out.writeByte(parameter.type());
            out.writeByte(parameter.unsigned() ? UNSIGNED : 0);
        }
        for (Parameter parameter : this.parameters) {
            if (!parameter.isNull()) {
                parameter.writeBinary(out);
            }
        }
    }

    private void writeNullBitmap(ByteBuf out) {
        int count = this.parameters.length;
        for (int offset = 0; offset < count; offset += 8) {
            int bits = 0;
            for (int i = 0; i < 8 && offset + i < count; i++) {
                if (this.parameters[offset + i].isNull()) {
                    bits |= 1 << i;
                }
            }
            out.writeByte(bits);
        }
    }

    @Override
    public String toString() {
        return "COM_STMT_EXECUTE(" + this.statementId + ", " + this.parameters.length + " parameters)";
    }
}
