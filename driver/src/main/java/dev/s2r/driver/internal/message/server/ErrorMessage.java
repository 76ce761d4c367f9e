/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * The ERR packet: error code, SQLSTATE and message.
 */
public final class ErrorMessage implements ServerMessage {

    private final int code;
    private final String sqlState;
    private final String message;

    /**
     * @param code     the error code
     * @param sqlState the five-character SQLSTATE ({@code HY000} when the server sent none)
     * @param message  the server's message
     */
    public ErrorMessage(int code, String sqlState, String message) {
        this.code = code;
        this.sqlState = sqlState;
        this.message = message;
    }

    static ErrorMessage decode(ByteBuf buf) {
        buf.skipBytes(1);
        int code = buf.readUnsignedShortLE();
        String state = "HY000";
        if (buf.isReadable() && buf.getByte(buf.readerIndex()) == '#' && buf.readableBytes() >= 6) {
            buf.skipBytes(1);
            state = buf.readCharSequence(5, StandardCharsets.US_ASCII).toString();
        }
        String message = buf.readCharSequence(buf.readableBytes(), StandardCharsets.UTF_8).toString();
        return new ErrorMessage(code, state, message);
    }

    public int getCode() {
        return this.code;
    }

    public String getSqlState() {
        return this.sqlState;
    }

    public String getMessage() {
        return this.message;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ErrorMessage)) {
            return false;
        }
        ErrorMessage that = (ErrorMessage) o;
        return this.code == that.code && this.sqlState.equals(that.sqlState) && this.message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return this.code * 31 + this.message.hashCode();
    }

    @Override
    public String toString() {
        return "ErrorMessage{code=" + this.code + ", sqlState='" + this.sqlState + "', message='" + this.message + "'}";
    }
}
