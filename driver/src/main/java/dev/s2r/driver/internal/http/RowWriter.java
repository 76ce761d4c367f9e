/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.message.server.RetainedBytes;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.Arrays;

/**
 * Writes text-protocol rows, as the MySQL protocol sends them, from the text of JSON values: each cell a
 * length-encoded string, SQL {@code NULL} the byte {@code 0xFB}.
 * <p>
 * Rows are written one after another into heap blocks ({@code byte[]}, 512 bytes at first, then up to 64 KiB;
 * larger when one row needs it), and each finished row becomes a {@link RowMessage} over its part of the block: one
 * buffer object per row, no copy, no zeroed array per row. A row cut by the end of a block moves to the next block
 * (only its own bytes are copied). The blocks are garbage-collected heap memory, not pooled: a row's receiver
 * releases it as any row, but a row or a half-written block never dropped holds nothing the garbage collector cannot
 * reclaim.
 * <p>
 * A cell of unknown length reserves one header byte, and moves its bytes once it is complete when its length needs
 * a longer header (251 bytes or more). At most one cell is open at a time.
 */
final class RowWriter {

    private static final int FIRST_BLOCK = 512;
    private static final int MAX_BLOCK = 64 * 1024;
    private static final int UTF8_RUN = 4096;
    /** The most bytes one char can take: {@code \}{@code u00XX} in a JSON string. */
    private static final int MAX_BYTES_PER_CHAR = 6;
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    /** The value of each base64 character (the standard alphabet), -1 for any other ASCII character. */
    private static final int[] BASE64 = new int[128];

    static {
        Arrays.fill(BASE64, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            BASE64[alphabet.charAt(i)] = i;
        }
    }

    private final RetainedBytes retained;
    private byte[] block = new byte[0];
    private int nextBlock = FIRST_BLOCK;
    private int pos;
    private int rowStart;
    private int cellStart;

    /** @param retained a counter of the bytes unreleased rows hold, or {@code null} */
    RowWriter(RetainedBytes retained) {
        this.retained = retained;
    }

    /** Writes a SQL {@code NULL} cell. */
    void nullCell() {
        ensure(1);
        this.block[this.pos++] = (byte) LengthEncoded.NULL_MARKER;
    }

    /** Opens a cell whose length is known once {@link #endCell} is called. */
    void beginCell() {
        ensure(1);
        this.cellStart = this.pos++;
    }

    /** Completes the open cell: writes its length before its bytes. */
    void endCell() {
        int start = this.cellStart;
        int length = this.pos - start - 1;
        if (length < 251) {
            this.block[start] = (byte) length;
            return;
        }
        int header = LengthEncoded.sizeOf(length);
        ensure(header - 1);
        start = this.cellStart;
        byte[] bytes = this.block;
        System.arraycopy(bytes, start + 1, bytes, start + header, length);
        bytes[start] = (byte) (header == 3 ? 0xFC : header == 4 ? 0xFD : 0xFE);
        for (int i = 1; i < header; i++) {
            bytes[start + i] = (byte) ((long) length >>> (8 * (i - 1)));
        }
        this.pos += header - 1;
    }

    /** Writes a cell holding ASCII text (a JSON number as the parser saw it). */
    void asciiCell(char[] chars, int offset, int length) {
        beginCell();
        ascii(chars, offset, length);
        endCell();
    }

    /** Writes a cell holding the UTF-8 bytes of text. */
    void textCell(char[] chars, int offset, int length) {
        beginCell();
        utf8(chars, offset, length);
        endCell();
    }

    /** Writes a cell holding {@code bytes[from, to)} as they are (ASCII text read from the body). */
    void bytesCell(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length >= 251) {
            beginCell();
            ensure(length);
            System.arraycopy(bytes, from, this.block, this.pos, length);
            this.pos += length;
            endCell();
            return;
        }
        ensure(1 + length);
        this.block[this.pos++] = (byte) length;
        System.arraycopy(bytes, from, this.block, this.pos, length);
        this.pos += length;
    }

    /** Writes a cell holding one ASCII character ({@code 1} or {@code 0} for a boolean). */
    void charCell(char c) {
        ensure(2);
        this.block[this.pos++] = 1;
        this.block[this.pos++] = (byte) c;
    }

    /** Writes a cell holding the {@code width} low bytes of {@code value}, big-endian (a BIT value). */
    void bigEndianCell(long value, int width) {
        ensure(1 + width);
        this.block[this.pos++] = (byte) width;
        for (int i = width - 1; i >= 0; i--) {
            this.block[this.pos++] = (byte) (value >>> (8 * i));
        }
    }

    /**
     * Writes a cell holding the bytes that standard base64 text encodes (padded or not).
     *
     * @return {@code false} when the text is not base64 (the cell is then left open)
     */
    boolean base64Cell(char[] chars, int offset, int length) {
        int end = offset + length;
        while (end > offset && offset + length - end < 2 && chars[end - 1] == '=') {
            end--;
        }
        int digits = end - offset;
        if (digits % 4 == 1 || (end != offset + length && length % 4 != 0)) {
            return false;
        }
        beginCell();
        ensure(digits / 4 * 3 + 2);
        byte[] bytes = this.block;
        int p = this.pos;
        int i = offset;
        for (int full = offset + (digits & ~3); i < full; i += 4) {
            int v = sextet(chars[i]) << 18 | sextet(chars[i + 1]) << 12 | sextet(chars[i + 2]) << 6
                | sextet(chars[i + 3]);
            if (v < 0) {
                return false;
            }
            bytes[p++] = (byte) (v >> 16);
            bytes[p++] = (byte) (v >> 8);
            bytes[p++] = (byte) v;
        }
        if (end - i == 2) {
            int v = sextet(chars[i]) << 6 | sextet(chars[i + 1]);
            if (v < 0) {
                return false;
            }
            bytes[p++] = (byte) (v >> 4);
        } else if (end - i == 3) {
            int v = sextet(chars[i]) << 12 | sextet(chars[i + 1]) << 6 | sextet(chars[i + 2]);
            if (v < 0) {
                return false;
            }
            bytes[p++] = (byte) (v >> 10);
            bytes[p++] = (byte) (v >> 2);
        }
        this.pos = p;
        endCell();
        return true;
    }

    private static int sextet(char c) {
        return c < 128 ? BASE64[c] : -1;
    }

    /**
     * {@link #base64Cell(char[], int, int)} over the ASCII bytes {@code bytes[from, to)}.
     *
     * @return {@code false} when they are not base64 (the cell is then left open)
     */
    boolean base64Cell(byte[] bytes, int from, int to) {
        int end = to;
        while (end > from && to - end < 2 && bytes[end - 1] == '=') {
            end--;
        }
        int digits = end - from;
        if (digits % 4 == 1 || (end != to && (to - from) % 4 != 0)) {
            return false;
        }
        beginCell();
        ensure(digits / 4 * 3 + 2);
        byte[] out = this.block;
        int p = this.pos;
        int i = from;
        for (int full = from + (digits & ~3); i < full; i += 4) {
            int v = sextet(bytes[i]) << 18 | sextet(bytes[i + 1]) << 12 | sextet(bytes[i + 2]) << 6
                | sextet(bytes[i + 3]);
            if (v < 0) {
                return false;
            }
            out[p++] = (byte) (v >> 16);
            out[p++] = (byte) (v >> 8);
            out[p++] = (byte) v;
        }
        if (end - i == 2) {
            int v = sextet(bytes[i]) << 6 | sextet(bytes[i + 1]);
            if (v < 0) {
                return false;
            }
            out[p++] = (byte) (v >> 4);
        } else if (end - i == 3) {
            int v = sextet(bytes[i]) << 12 | sextet(bytes[i + 1]) << 6 | sextet(bytes[i + 2]);
            if (v < 0) {
                return false;
            }
            out[p++] = (byte) (v >> 10);
            out[p++] = (byte) (v >> 2);
        }
        this.pos = p;
        endCell();
        return true;
    }

    private static int sextet(byte b) {
        return b >= 0 ? BASE64[b] : -1;
    }

    /** Writes one ASCII character into the open cell. */
    void ascii(char c) {
        ensure(1);
        this.block[this.pos++] = (byte) c;
    }

    /** Writes ASCII text into the open cell. */
    void ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            this.block[this.pos++] = (byte) text.charAt(i);
        }
    }

    /** Writes ASCII text into the open cell. */
    void ascii(char[] chars, int offset, int length) {
        ensure(length);
        byte[] bytes = this.block;
        int p = this.pos;
        for (int i = offset, end = offset + length; i < end; i++) {
            bytes[p++] = (byte) chars[i];
        }
        this.pos = p;
    }

    /**
     * Writes text as UTF-8 into the open cell; a lone surrogate, which UTF-8 cannot encode, is written {@code ?} as
     * {@code String.getBytes} does. Room is made once per run of up to {@value #UTF8_RUN} chars (three bytes each at
     * most, a surrogate pair four for two chars), so that the loops check no bound per char.
     */
    void utf8(char[] chars, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int stop = Math.min(end, i + UTF8_RUN);
            ensure(3 * (stop - i) + 1);
            byte[] bytes = this.block;
            int p = this.pos;
            while (i < stop && chars[i] < 0x80) {
                bytes[p++] = (byte) chars[i++];
            }
            for (; i < stop; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    bytes[p++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[p++] = (byte) (0xC0 | c >> 6);
                    bytes[p++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    bytes[p++] = (byte) (0xE0 | c >> 12);
                    bytes[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                    bytes[p++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    int code = Character.toCodePoint(c, chars[++i]);
                    bytes[p++] = (byte) (0xF0 | code >> 18);
                    bytes[p++] = (byte) (0x80 | code >> 12 & 0x3F);
                    bytes[p++] = (byte) (0x80 | code >> 6 & 0x3F);
                    bytes[p++] = (byte) (0x80 | code & 0x3F);
                } else {
                    bytes[p++] = '?';
                }
            }
            this.pos = p;
        }
    }

    /** Writes text as a quoted JSON string, in UTF-8, into the open cell. */
    void jsonString(String text) {
        char[] chars = text.toCharArray();
        jsonString(chars, 0, chars.length);
    }

    /**
     * Writes text as a quoted JSON string, in UTF-8, into the open cell: {@code "} and {@code \} escaped, control
     * characters as {@code \n}, {@code \t}... or {@code \}{@code u00XX}, everything else as itself (as SingleStore
     * writes JSON).
     */
    void jsonString(char[] chars, int offset, int length) {
        ascii('"');
        int run = offset;
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            utf8(chars, run, i - run);
            run = i + 1;
            ensure(MAX_BYTES_PER_CHAR);
            byte[] bytes = this.block;
            bytes[this.pos++] = '\\';
            switch (c) {
                case '"':
                case '\\':
                    bytes[this.pos++] = (byte) c;
                    break;
                case '\n':
                    bytes[this.pos++] = 'n';
                    break;
                case '\r':
                    bytes[this.pos++] = 'r';
                    break;
                case '\t':
                    bytes[this.pos++] = 't';
                    break;
                case '\b':
                    bytes[this.pos++] = 'b';
                    break;
                case '\f':
                    bytes[this.pos++] = 'f';
                    break;
                default:
                    bytes[this.pos++] = 'u';
                    bytes[this.pos++] = '0';
                    bytes[this.pos++] = '0';
                    bytes[this.pos++] = HEX[c >> 4];
                    bytes[this.pos++] = HEX[c & 0xF];
            }
        }
        utf8(chars, run, offset + length - run);
        ascii('"');
    }

    /**
     * Completes the current row.
     *
     * @return the row, which its receiver owns and releases
     */
    RowMessage endRow() {
        ByteBuf payload = Unpooled.wrappedBuffer(this.block).setIndex(this.rowStart, this.pos);
        this.rowStart = this.pos;
        return new RowMessage(payload, false, this.retained);
    }

    /** Drops what was written of the current row. */
    void dropRow() {
        this.pos = this.rowStart;
    }

    /** Drops the row being written and the current block (rows already made keep theirs). */
    void reset() {
        this.block = new byte[0];
        this.pos = 0;
        this.rowStart = 0;
        this.cellStart = 0;
    }

    /**
     * Makes room for {@code bytes} more bytes: when the block is full, moves the row being written to a new block
     * (at least twice the row's size, so that a long row costs amortised linear copying).
     */
    private void ensure(int bytes) {
        if (this.pos + bytes <= this.block.length) {
            return;
        }
        int partial = this.pos - this.rowStart;
        long wanted = Math.max(this.nextBlock, 2L * (partial + bytes));
        if (wanted > Integer.MAX_VALUE - 8) {
            wanted = (long) partial + bytes;
            if (wanted > Integer.MAX_VALUE - 8) {
                // an Error would be rethrown by Reactor instead of signalled: an exception fails the answer cleanly
                throw ExceptionFactory.malformedDataApiAnswer("a row is larger than 2 GiB", null);
            }
        }
        byte[] next = new byte[(int) wanted];
        System.arraycopy(this.block, this.rowStart, next, 0, partial);
        this.cellStart -= this.rowStart;
        this.pos = partial;
        this.rowStart = 0;
        this.block = next;
        this.nextBlock = Math.min(MAX_BLOCK, this.nextBlock * 2);
    }
}
