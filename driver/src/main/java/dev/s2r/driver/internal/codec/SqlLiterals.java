/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * Writes SQL literals in UTF-8 for parameters interpolated into the query text.
 */
final class SqlLiterals {

    private static final byte[] HEX_DIGITS = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
    };

    private SqlLiterals() {
    }

    /**
     * Writes a single-quoted string literal.
     * <p>
     * With backslash escapes (the default {@code sql_mode}), NUL, newline, carriage return, backslash, both quotes
     * and Ctrl-Z are written as backslash sequences. With {@code NO_BACKSLASH_ESCAPES} a backslash is an ordinary
     * character, so only the single quote is escaped, by doubling it.
     *
     * @param out                the buffer
     * @param value              the string, without lone surrogates ({@link StringParameter} refused them), so
     *                           that Netty's UTF-8 writer, which would write {@code ?} for one, encodes it exactly
     * @param noBackslashEscapes whether the session has {@code NO_BACKSLASH_ESCAPES}
     */
    static void writeQuoted(ByteBuf out, CharSequence value, boolean noBackslashEscapes) {
        out.writeByte('\'');
        int plainFrom = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            String escape = escape(value.charAt(i), noBackslashEscapes);
            if (escape != null) {
                ByteBufUtil.writeUtf8(out, value, plainFrom, i);
                ByteBufUtil.writeAscii(out, escape);
                plainFrom = i + 1;
            }
        }
        ByteBufUtil.writeUtf8(out, value, plainFrom, length);
        out.writeByte('\'');
    }

    /**
     * Writes a hexadecimal literal {@code X'0A1B'}, which needs no escaping in any mode.
     *
     * @param out   the buffer
     * @param bytes the bytes
     */
    static void writeHex(ByteBuf out, byte[] bytes) {
        byte[] literal = new byte[bytes.length * 2 + 3];
        literal[0] = 'X';
        literal[1] = '\'';
        int at = 2;
        for (byte b : bytes) {
            literal[at++] = HEX_DIGITS[(b >> 4) & 0xF];
            literal[at++] = HEX_DIGITS[b & 0xF];
        }
        literal[at] = '\'';
        out.writeBytes(literal);
    }

    /**
     * Writes a non-negative number in decimal, left-padded with zeros to at least {@code width} digits.
     *
     * @param out   the buffer
     * @param value the number
     * @param width the minimum number of digits
     */
    static void writeDigits(ByteBuf out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.writeByte('0');
        }
        ByteBufUtil.writeAscii(out, digits);
    }

    /**
     * Writes an ASCII text as is.
     *
     * @param out  the buffer
     * @param text the text
     */
    static void writeAscii(ByteBuf out, CharSequence text) {
        ByteBufUtil.writeAscii(out, text);
    }

    private static String escape(char c, boolean noBackslashEscapes) {
        if (noBackslashEscapes) {
            return c == '\'' ? "''" : null;
        }
        switch (c) {
            case '\0':
                return "\\0";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\\':
                return "\\\\";
            case '\'':
                return "\\'";
            case '"':
                return "\\\"";
            case '\032':
                return "\\Z";
            default:
                return null;
        }
    }
}
