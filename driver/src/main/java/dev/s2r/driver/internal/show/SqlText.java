/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

/**
 * Renders identifiers and string literals into SQL text.
 */
final class SqlText {

    private SqlText() {
    }

    /**
     * @param name the identifier, such as a table name
     * @param what what it names, for the error message
     * @return the name in backticks, embedded backticks doubled
     * @throws IllegalArgumentException when the name is {@code null} or empty
     */
    static String identifier(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be null or empty");
        }
        return '`' + name.replace("`", "``") + '`';
    }

    /**
     * Quotes a string literal. Single quotes are doubled, which is correct in both modes; with backslash escapes
     * on (the default {@code sql_mode}) backslashes are doubled and NUL becomes {@code \0}.
     *
     * @param value              the text
     * @param noBackslashEscapes whether the session has {@code NO_BACKSLASH_ESCAPES}
     * @return the literal, in single quotes
     */
    static String literal(String value, boolean noBackslashEscapes) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                out.append("''");
            } else if (c == '\\' && !noBackslashEscapes) {
                out.append("\\\\");
            } else if (c == '\0' && !noBackslashEscapes) {
                out.append("\\0");
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /**
     * @param text a name to match exactly
     * @return a {@code LIKE} pattern matching only that text: {@code \}, {@code %} and {@code _} escaped with a
     *     backslash (the default {@code LIKE} escape character)
     */
    static String exactPattern(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
