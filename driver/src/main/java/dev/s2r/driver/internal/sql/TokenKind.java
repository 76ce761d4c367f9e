/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.sql;

/**
 * The kinds of top-level tokens (outside literals and comments) that {@link SqlScanner} reports to
 * {@link InsertValuesDetector}. Whitespace and comments produce no token.
 */
enum TokenKind {

    /** A run of identifier characters: a keyword, an unquoted identifier or a number. */
    WORD,

    /** A backtick-quoted identifier. */
    QUOTED_IDENTIFIER,

    /** A single- or double-quoted string literal. */
    STRING,

    /** A bind marker, {@code ?} or {@code :name}. */
    MARKER,

    /** {@code (} */
    OPEN,

    /** {@code )} */
    CLOSE,

    /** {@code ,} */
    COMMA,

    /** {@code .} */
    DOT,

    /** {@code ;} */
    SEMICOLON,

    /** Any other character (operators and the like). */
    OTHER
}
