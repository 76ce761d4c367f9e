/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.sql;

/**
 * A state machine over the top-level tokens of a statement that recognises a single plain
 * {@code INSERT [IGNORE] INTO tbl [(col, ...)] VALUES (...)} with exactly one value tuple, followed by nothing but
 * whitespace, comments and semicolons.
 * <p>
 * The table may be qualified ({@code db.tbl}) and any name may be backtick-quoted; {@code VALUE} is accepted as a
 * synonym of {@code VALUES}. Everything else ({@code REPLACE}, {@code LOW_PRIORITY}, {@code PARTITION},
 * {@code SET}, {@code SELECT}, a second tuple, {@code ON DUPLICATE KEY UPDATE}, a row alias, a second statement)
 * is rejected. Once rejected, further tokens cost a single comparison.
 */
final class InsertValuesDetector {

    private enum State {
        START, AFTER_INSERT, AFTER_IGNORE, TABLE, AFTER_TABLE, TABLE_DOT, AFTER_QUALIFIED_TABLE,
        COLUMNS, COLUMN_NAME, COLUMN_SEPARATOR, AFTER_COLUMNS, BEFORE_TUPLE, IN_TUPLE, AFTER_TUPLE, REJECTED
    }

    private final String sql;

    private State state = State.START;

    private int depth;

    private int tupleStart = -1;

    private int tupleEnd = -1;

    InsertValuesDetector(String sql) {
        this.sql = sql;
    }

    /**
     * Feeds the next top-level token.
     *
     * @param kind  the token kind
     * @param start the offset of the token's first character
     * @param end   the offset just after the token
     */
    void accept(TokenKind kind, int start, int end) {
        if (this.state != State.REJECTED) {
            this.state = next(kind, start, end);
        }
    }

    /**
     * @return whether the tokens seen so far form a complete single-tuple {@code INSERT ... VALUES}
     */
    boolean matched() {
        return this.state == State.AFTER_TUPLE;
    }

    /**
     * @return the offset of the tuple's opening parenthesis, or {@code -1} when not {@link #matched()}
     */
    int tupleStart() {
        return matched() ? this.tupleStart : -1;
    }

    /**
     * @return the offset just after the tuple's closing parenthesis, or {@code -1} when not {@link #matched()}
     */
    int tupleEnd() {
        return matched() ? this.tupleEnd : -1;
    }

    private State next(TokenKind kind, int start, int end) {
        switch (this.state) {
            case START:
                return keyword(kind, start, end, "INSERT") ? State.AFTER_INSERT : State.REJECTED;
            case AFTER_INSERT:
                if (keyword(kind, start, end, "IGNORE")) {
                    return State.AFTER_IGNORE;
                }
                return keyword(kind, start, end, "INTO") ? State.TABLE : State.REJECTED;
            case AFTER_IGNORE:
                return keyword(kind, start, end, "INTO") ? State.TABLE : State.REJECTED;
            case TABLE:
                return isName(kind) ? State.AFTER_TABLE : State.REJECTED;
            case AFTER_TABLE:
                return kind == TokenKind.DOT ? State.TABLE_DOT : afterTable(kind, start, end);
            case TABLE_DOT:
                return isName(kind) ? State.AFTER_QUALIFIED_TABLE : State.REJECTED;
            case AFTER_QUALIFIED_TABLE:
                return afterTable(kind, start, end);
            case COLUMNS:
                if (kind == TokenKind.CLOSE) {
                    return State.AFTER_COLUMNS;
                }
                return isName(kind) ? State.COLUMN_NAME : State.REJECTED;
            case COLUMN_NAME:
                return afterColumnName(kind);
            case COLUMN_SEPARATOR:
                return isName(kind) ? State.COLUMN_NAME : State.REJECTED;
            case AFTER_COLUMNS:
                return values(kind, start, end) ? State.BEFORE_TUPLE : State.REJECTED;
            case BEFORE_TUPLE:
                return openTuple(kind, start);
            case IN_TUPLE:
                return inTuple(kind, end);
            case AFTER_TUPLE:
                return kind == TokenKind.SEMICOLON ? State.AFTER_TUPLE : State.REJECTED;
            default:
                return State.REJECTED;
        }
    }

    private State afterTable(TokenKind kind, int start, int end) {
        if (kind == TokenKind.OPEN) {
            return State.COLUMNS;
        }
        return values(kind, start, end) ? State.BEFORE_TUPLE : State.REJECTED;
    }

    private static State afterColumnName(TokenKind kind) {
        switch (kind) {
            case COMMA:
            case DOT:
                return State.COLUMN_SEPARATOR;
            case CLOSE:
                return State.AFTER_COLUMNS;
            default:
                return State.REJECTED;
        }
    }

    private State openTuple(TokenKind kind, int start) {
        if (kind != TokenKind.OPEN) {
            return State.REJECTED;
        }
        this.tupleStart = start;
        this.depth = 1;
        return State.IN_TUPLE;
    }

    private State inTuple(TokenKind kind, int end) {
        switch (kind) {
            case OPEN:
                this.depth++;
                return State.IN_TUPLE;
            case CLOSE:
                if (--this.depth > 0) {
                    return State.IN_TUPLE;
                }
                this.tupleEnd = end;
                return State.AFTER_TUPLE;
            case SEMICOLON:
                return State.REJECTED;
            default:
                return State.IN_TUPLE;
        }
    }

    private boolean values(TokenKind kind, int start, int end) {
        return keyword(kind, start, end, "VALUES") || keyword(kind, start, end, "VALUE");
    }

    private static boolean isName(TokenKind kind) {
        return kind == TokenKind.WORD || kind == TokenKind.QUOTED_IDENTIFIER;
    }

    private boolean keyword(TokenKind kind, int start, int end, String keyword) {
        return kind == TokenKind.WORD && end - start == keyword.length()
            && this.sql.regionMatches(true, start, keyword, 0, keyword.length());
    }
}
