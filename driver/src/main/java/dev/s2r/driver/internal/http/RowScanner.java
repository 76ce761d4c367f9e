/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.message.server.ServerMessage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The fast path of {@link DataApiResponseDecoder} through a {@code rows} array: reads rows straight from the body's
 * bytes into {@link RowWriter}, without the JSON parser, as long as each row is an array of plain values: numbers,
 * {@code null}, booleans, and strings of ASCII without control characters or escapes (whose bytes are the cell's
 * bytes, or its base64 text). Such values are written exactly as the parser's tokens would have them written, so
 * that the rows are the same either way (what {@code RowScannerTests} checks).
 * <p>
 * Anything else (an escape, a non-ASCII or control byte, a nested value, the integer {@code -0}, a BIT or JSON
 * column's non-null value, a row of the wrong length, a byte out of place) ends the fast path where it stands: at the
 * start of the row it is in, which the parser then reads from there on, so that it decodes the rest, or fails on it,
 * as it always does. {@link #handOver()} is what the parser must read first for the state it is left in (it saw the
 * array open, nothing more): nothing before the first row, {@code []} after a row, {@code [],} after a comma; its
 * tokens are not the answer's.
 * <p>
 * A row cut by the end of the bytes given is copied aside, with the bytes that follow up to its closing bracket,
 * and read once complete.
 */
final class RowScanner {

    /** What {@link #scan} returns when it took every byte and the rows go on. */
    static final int MORE = -1;

    private static final int FIRST = 0;
    private static final int AFTER_ROW = 1;
    private static final int AFTER_COMMA = 2;

    private static final int GIVE_UP = -1;
    private static final int CUT = -2;
    /** The longest number read here; the parser limits numbers to 1000 characters and reports longer ones. */
    private static final int MAX_NUMBER = 200;

    private static final byte[] NOTHING = new byte[0];
    private static final byte[] AFTER_ROW_PREFIX = "[]".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AFTER_COMMA_PREFIX = "[],".getBytes(StandardCharsets.US_ASCII);

    private final RowWriter writer;
    private final ResultsReader results;
    private int[] kinds;
    private int columns;
    private int state;
    private byte[] carry = NOTHING;
    private int carried;
    private boolean carryInString;
    private boolean carryEscaped;
    private long carryAt;
    private long handOverAt;

    RowScanner(RowWriter writer, ResultsReader results) {
        this.writer = writer;
        this.results = results;
    }

    /** Starts a {@code rows} array, just opened, of a result with these cell kinds ({@link DataApiTypes}). */
    void begin(int[] kinds, int columns) {
        this.kinds = kinds;
        this.columns = columns;
        this.state = FIRST;
        this.carried = 0;
    }

    /**
     * Reads rows from {@code bytes[from, to)}, emitting each as it completes.
     *
     * @param at where {@code bytes[from]} lies in the body
     * @return {@link #MORE}; or, when the fast path ends, the index from which the parser reads on, after
     *     {@link #handOver()} and {@link #carried()}: the closing bracket of the array, or the start of a row it
     *     does not read
     */
    int scan(byte[] bytes, int from, int to, long at, Consumer<? super ServerMessage> out) {
        int i = from;
        if (this.carried > 0) {
            i = completeCarry(bytes, from, to);
            if (i < 0) {
                return MORE;
            }
            if (row(this.carry, 0, this.carried, out) < 0) {
                this.handOverAt = this.carryAt;
                return i;
            }
            this.carried = 0;
            this.state = AFTER_ROW;
        }
        while (true) {
            while (i < to && blank(bytes[i])) {
                i++;
            }
            if (i == to) {
                return MORE;
            }
            byte c = bytes[i];
            if (this.state == AFTER_ROW && c == ',') {
                this.state = AFTER_COMMA;
                i++;
                continue;
            }
            if (c != '[' || this.state == AFTER_ROW) {
                // the end of the array (which the parser checks is one), or something else for the parser to refuse
                this.handOverAt = at + (i - from);
                return i;
            }
            int end = row(bytes, i, to, out);
            if (end == CUT) {
                startCarry(bytes, i, to, at + (i - from));
                return MORE;
            }
            if (end == GIVE_UP) {
                this.handOverAt = at + (i - from);
                return i;
            }
            this.state = AFTER_ROW;
            i = end;
        }
    }

    /** @return what the parser must read first when the fast path ends; its tokens are not the answer's */
    byte[] handOver() {
        return this.state == FIRST ? NOTHING : this.state == AFTER_ROW ? AFTER_ROW_PREFIX : AFTER_COMMA_PREFIX;
    }

    /** @return how many tokens {@link #handOver()} makes */
    int handOverTokens() {
        return this.state == FIRST ? 0 : 2;
    }

    /** @return where in the body the parser's next bytes come from, when the fast path ends */
    long handOverAt() {
        return this.handOverAt;
    }

    /** @return the copied bytes of a cut row, which the parser reads before the index {@link #scan} returned */
    byte[] carry() {
        return this.carry;
    }

    /** @return how many bytes {@link #carry()} holds */
    int carried() {
        return this.carried;
    }

    /**
     * Ends the fast path where it stands, at the end of the body: the parser reads what was carried.
     *
     * @param end where the body ends
     */
    void stop(long end) {
        this.handOverAt = this.carried > 0 ? this.carryAt : end;
    }

    /** Forgets what was carried, once the parser has read it (or the answer failed). */
    void reset() {
        this.carried = 0;
    }

    private void startCarry(byte[] bytes, int from, int to, long at) {
        this.carried = 0;
        this.carryInString = false;
        this.carryEscaped = false;
        this.carryAt = at;
        // the row's bracket; then its bytes, watched for the bracket that closes it
        append(bytes, from, from + 1);
        completeCarry(bytes, from + 1, to);
    }

    /** @return the index after the bracket that closes the carried row, or -1 when the bytes end first */
    private int completeCarry(byte[] bytes, int from, int to) {
        boolean inString = this.carryInString;
        boolean escaped = this.carryEscaped;
        int i = from;
        int end = -1;
        for (; i < to; i++) {
            byte c = bytes[i];
            if (escaped) {
                escaped = false;
            } else if (inString) {
                escaped = c == '\\';
                inString = c != '"';
            } else if (c == '"') {
                inString = true;
            } else if (c == ']') {
                end = i + 1;
                break;
            }
        }
        this.carryInString = inString;
        this.carryEscaped = escaped;
        append(bytes, from, end < 0 ? to : end);
        return end;
    }

    private void append(byte[] bytes, int from, int to) {
        int length = to - from;
        if (this.carried + length > this.carry.length) {
            this.carry = Arrays.copyOf(this.carry, Math.max(256, Math.max(this.carried + length,
                2 * this.carry.length)));
        }
        System.arraycopy(bytes, from, this.carry, this.carried, length);
        this.carried += length;
    }

    /**
     * Reads the row whose bracket is at {@code start} and emits it.
     *
     * @return the index after it; {@link #CUT} when the bytes end within it; {@link #GIVE_UP} when the parser must
     *     read it (nothing is emitted or kept of it then)
     */
    private int row(byte[] bytes, int start, int to, Consumer<? super ServerMessage> out) {
        int i = skipBlanks(bytes, start + 1, to);
        int cell = 0;
        if (i < to && bytes[i] == ']') {
            i++;
        } else {
            while (true) {
                if (i == to) {
                    return drop(CUT);
                }
                if (cell == this.columns) {
                    return drop(GIVE_UP);
                }
                i = cell(bytes, i, to, this.kinds[cell]);
                if (i < 0) {
                    return drop(i);
                }
                cell++;
                i = skipBlanks(bytes, i, to);
                if (i == to) {
                    return drop(CUT);
                }
                byte c = bytes[i++];
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    return drop(GIVE_UP);
                }
                i = skipBlanks(bytes, i, to);
            }
        }
        if (cell != this.columns) {
            return drop(GIVE_UP);
        }
        this.results.rowScanned();
        out.accept(this.writer.endRow());
        return i;
    }

    private int drop(int why) {
        this.writer.dropRow();
        return why;
    }

    /** Writes the value at {@code i}; returns the index after it, {@link #CUT} or {@link #GIVE_UP}. */
    private int cell(byte[] bytes, int i, int to, int kind) {
        byte c = bytes[i];
        if (c == '"') {
            int end = i + 1;
            while (end < to) {
                byte b = bytes[end];
                if (b == '"') {
                    break;
                }
                if (b < 0x20 || b == '\\') {
                    // negative: not ASCII
                    return GIVE_UP;
                }
                end++;
            }
            if (end == to) {
                return CUT;
            }
            if (kind == DataApiTypes.BYTES) {
                if (!this.writer.base64Cell(bytes, i + 1, end)) {
                    return GIVE_UP;
                }
            } else if (kind == DataApiTypes.TEXT || kind == DataApiTypes.INTEGER) {
                this.writer.bytesCell(bytes, i + 1, end);
            } else {
                return GIVE_UP;
            }
            return end + 1;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            int end = number(bytes, i, to);
            if (end >= 0 && kind != DataApiTypes.BIT) {
                this.writer.bytesCell(bytes, i, end);
            }
            return kind == DataApiTypes.BIT && end >= 0 ? GIVE_UP : end;
        }
        if (c == 'n') {
            int end = literal(bytes, i, to, "null");
            if (end >= 0) {
                this.writer.nullCell();
            }
            return end;
        }
        if (c == 't' || c == 'f') {
            int end = literal(bytes, i, to, c == 't' ? "true" : "false");
            if (end >= 0 && (kind == DataApiTypes.JSON || kind == DataApiTypes.BIT)) {
                return GIVE_UP;
            }
            if (end >= 0) {
                this.writer.charCell(c == 't' ? '1' : '0');
            }
            return end;
        }
        return GIVE_UP;
    }

    /**
     * A JSON number at {@code i}: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, followed by a blank, a
     * comma or a bracket; not {@code -0} (whose sign the parser drops, and whose cell depends on that).
     */
    private static int number(byte[] bytes, int i, int to) {
        int start = i;
        if (bytes[i] == '-') {
            i++;
        }
        int digits = i;
        if (i < to && bytes[i] == '0') {
            i++;
        } else {
            i = digits(bytes, i, to);
        }
        if (i == digits) {
            return i == to ? CUT : GIVE_UP;
        }
        boolean negativeZero = bytes[start] == '-' && i == digits + 1 && bytes[digits] == '0';
        boolean integer = true;
        if (i < to && bytes[i] == '.') {
            int fraction = ++i;
            i = digits(bytes, i, to);
            if (i == fraction) {
                return i == to ? CUT : GIVE_UP;
            }
            integer = false;
        }
        if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            if (i < to && (bytes[i] == '+' || bytes[i] == '-')) {
                i++;
            }
            int exponent = i;
            i = digits(bytes, i, to);
            if (i == exponent) {
                return i == to ? CUT : GIVE_UP;
            }
            integer = false;
        }
        if (i == to) {
            return CUT;
        }
        byte next = bytes[i];
        if ((negativeZero && integer) || i - start > MAX_NUMBER || !(next == ',' || next == ']' || blank(next))) {
            return GIVE_UP;
        }
        return i;
    }

    private static int digits(byte[] bytes, int i, int to) {
        while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
            i++;
        }
        return i;
    }

    /** {@code word} at {@code i}, followed by a blank, a comma or a bracket. */
    private static int literal(byte[] bytes, int i, int to, String word) {
        int length = word.length();
        for (int k = 0; k < length; k++) {
            if (i + k == to) {
                return CUT;
            }
            if (bytes[i + k] != word.charAt(k)) {
                return GIVE_UP;
            }
        }
        int end = i + length;
        if (end == to) {
            return CUT;
        }
        byte next = bytes[end];
        return next == ',' || next == ']' || blank(next) ? end : GIVE_UP;
    }

    private static int skipBlanks(byte[] bytes, int i, int to) {
        while (i < to && blank(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean blank(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
