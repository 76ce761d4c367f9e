/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.sql;

import dev.s2r.driver.internal.util.Utf8;

import java.util.Arrays;

/**
 * One linear pass over a SQL string that finds the bind markers and the top-level structure needed by
 * {@link ParsedSql}. Single-use: create one per string.
 * <p>
 * Lexical rules follow the MySQL/SingleStore lexer: {@code '...'} and {@code "..."} literals end at an undoubled
 * quote and honour backslash escapes unless {@code NO_BACKSLASH_ESCAPES} is given; backtick identifiers end at an
 * undoubled backtick; {@code #} and {@code -- } (two dashes followed by whitespace, a control character or the end)
 * start a comment running to the next {@code \n}; {@code /* ... *}{@code /} comments (including the executable
 * {@code /*! ... *}{@code /} and hint {@code /*+ ... *}{@code /} forms) are skipped as a whole. Unterminated
 * literals and comments run to the end of the string; the server reports the error.
 */
final class SqlScanner {

    private final String sql;

    private final int length;

    private final boolean noBackslashEscapes;

    private final InsertValuesDetector insert;
    /** The first word of the statement, upper-case ("" when it starts otherwise), once seen. */
    private String firstKeyword;

    private int[] starts = new int[8];

    private int[] ends = new int[8];

    private String[] names;

    private int count;

    private int firstPositional = -1;

    private int firstNamed = -1;

    private boolean statementEnded;

    private boolean multiStatement;

    SqlScanner(String sql, boolean noBackslashEscapes) {
        this.sql = sql;
        this.length = sql.length();
        this.noBackslashEscapes = noBackslashEscapes;
        this.insert = new InsertValuesDetector(sql);
    }

    /**
     * Scans the whole string.
     *
     * @return the parsed statement
     * @throws IllegalArgumentException if the statement mixes {@code ?} and {@code :name} markers, or holds a lone
     *                                  UTF-16 surrogate, which UTF-8 cannot encode
     */
    ParsedSql scan() {
        checkEncodable();
        int i = 0;
        while (i < this.length) {
            i = next(i);
        }
        int[] markerStarts = Arrays.copyOf(this.starts, this.count);
        int[] markerEnds = Arrays.copyOf(this.ends, this.count);
        String[] markerNames = this.names == null ? null : Arrays.copyOf(this.names, this.count);
        return new ParsedSql(this.sql, this.noBackslashEscapes, markerStarts, markerEnds, markerNames,
            this.multiStatement, this.insert.tupleStart(), this.insert.tupleEnd(),
            this.firstKeyword == null ? "" : this.firstKeyword);
    }

    /**
     * Refuses text that UTF-8 cannot encode exactly. Every statement the driver sends for the user is written from
     * parsed text (as is, as the prepared text, interpolated, or cut into multi-row INSERTs), so this check covers
     * all of them, before anything is written. It is its own pass over the chars, not part of the lexing, because
     * the lexer jumps over comments with {@code indexOf}; the parse is cached per string and connection.
     */
    private void checkEncodable() {
        int lone = Utf8.loneSurrogate(this.sql);
        if (lone >= 0) {
            throw new IllegalArgumentException(Utf8.loneSurrogateMessage("SQL text", this.sql, lone));
        }
    }

    private int next(int i) {
        char c = this.sql.charAt(i);
        switch (c) {
            case '\'':
            case '"':
                return token(TokenKind.STRING, i, skipQuoted(i, c, !this.noBackslashEscapes));
            case '`':
                return token(TokenKind.QUOTED_IDENTIFIER, i, skipQuoted(i, c, false));
            case '#':
                return skipLineComment(i + 1);
            case '-':
                return isDashComment(i) ? skipLineComment(i + 2) : token(TokenKind.OTHER, i, i + 1);
            case '/':
                return isBlockComment(i) ? skipBlockComment(i + 2) : token(TokenKind.OTHER, i, i + 1);
            case '?':
                return positional(i);
            case ':':
                return colon(i);
            case ';':
                this.statementEnded = true;
                return token(TokenKind.SEMICOLON, i, i + 1);
            case '(':
                return token(TokenKind.OPEN, i, i + 1);
            case ')':
                return token(TokenKind.CLOSE, i, i + 1);
            case ',':
                return token(TokenKind.COMMA, i, i + 1);
            case '.':
                return token(TokenKind.DOT, i, i + 1);
            default:
                return other(c, i);
        }
    }

    private int other(char c, int i) {
        if (c <= ' ') {
            return i + 1;
        }
        if (isWordPart(c)) {
            int end = i + 1;
            while (end < this.length && isWordPart(this.sql.charAt(end))) {
                end++;
            }
            return token(TokenKind.WORD, i, end);
        }
        return token(TokenKind.OTHER, i, i + 1);
    }

    private int token(TokenKind kind, int start, int end) {
        if (this.firstKeyword == null && kind != TokenKind.OPEN) {
            this.firstKeyword = kind == TokenKind.WORD
                ? this.sql.substring(start, end).toUpperCase(java.util.Locale.ROOT) : "";
        }
        if (this.statementEnded && kind != TokenKind.SEMICOLON) {
            this.multiStatement = true;
        }
        this.insert.accept(kind, start, end);
        return end;
    }

    private int positional(int i) {
        if (this.firstNamed >= 0) {
            throw mixed(i, this.firstNamed);
        }
        if (this.firstPositional < 0) {
            this.firstPositional = i;
        }
        addMarker(i, i + 1, null);
        return token(TokenKind.MARKER, i, i + 1);
    }

    /**
     * A {@code :} starts a named marker unless it is part of {@code ::} (JSON access), {@code :=}, {@code :>} or
     * {@code !:>} (casts), or is not followed by an identifier start.
     */
    private int colon(int i) {
        boolean afterColon = i > 0 && this.sql.charAt(i - 1) == ':';
        if (afterColon || i + 1 >= this.length || !isNameStart(this.sql.charAt(i + 1))) {
            return token(TokenKind.OTHER, i, i + 1);
        }
        int end = i + 2;
        while (end < this.length && isNamePart(this.sql.charAt(end))) {
            end++;
        }
        if (this.firstPositional >= 0) {
            throw mixed(this.firstPositional, i);
        }
        if (this.firstNamed < 0) {
            this.firstNamed = i;
        }
        addMarker(i, end, this.sql.substring(i + 1, end));
        return token(TokenKind.MARKER, i, end);
    }

    private void addMarker(int start, int end, String name) {
        if (this.count == this.starts.length) {
            int capacity = this.count * 2;
            this.starts = Arrays.copyOf(this.starts, capacity);
            this.ends = Arrays.copyOf(this.ends, capacity);
            if (this.names != null) {
                this.names = Arrays.copyOf(this.names, capacity);
            }
        }
        if (name != null && this.names == null) {
            this.names = new String[this.starts.length];
        }
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        if (this.names != null) {
            this.names[this.count] = name;
        }
        this.count++;
    }

    private IllegalArgumentException mixed(int positional, int named) {
        return new IllegalArgumentException("A statement cannot mix positional (?) and named (:name) bind markers: "
            + "'?' at offset " + positional + ", '" + this.sql.substring(named, nameEnd(named)) + "' at offset "
            + named);
    }

    private int nameEnd(int colon) {
        int end = colon + 2;
        while (end < this.length && isNamePart(this.sql.charAt(end))) {
            end++;
        }
        return end;
    }

    private int skipQuoted(int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < this.length) {
            char c = this.sql.charAt(i);
            if (c == '\\' && backslashEscapes) {
                i += 2;
            } else if (c != quote) {
                i++;
            } else if (i + 1 < this.length && this.sql.charAt(i + 1) == quote) {
                i += 2;
            } else {
                return i + 1;
            }
        }
        return this.length;
    }

    private boolean isDashComment(int i) {
        return i + 1 < this.length && this.sql.charAt(i + 1) == '-'
            && (i + 2 == this.length || this.sql.charAt(i + 2) <= ' ');
    }

    private boolean isBlockComment(int i) {
        return i + 1 < this.length && this.sql.charAt(i + 1) == '*';
    }

    private int skipLineComment(int from) {
        int newline = this.sql.indexOf('\n', from);
        return newline < 0 ? this.length : newline + 1;
    }

    private int skipBlockComment(int from) {
        int close = this.sql.indexOf("*/", from);
        return close < 0 ? this.length : close + 2;
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isWordPart(char c) {
        return isNamePart(c) || c == '$' || c >= 0x80;
    }
}
