/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The string escapes of Go's {@code encoding/json} with its default HTML escaping: {@code <}, {@code >} and
 * {@code &} written as backslash-u escapes (u003c, u003e, u0026), and the line and paragraph separators U+2028 and
 * U+2029 escaped too. [unverified] that the Data API writes its strings with encoding/json's defaults.
 */
final class GoEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii;

    GoEscapes() {
        this.ascii = standardAsciiEscapesForJSON();
        this.ascii['<'] = ESCAPE_STANDARD;
        this.ascii['>'] = ESCAPE_STANDARD;
        this.ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return this.ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028) {
            return LINE_SEPARATOR;
        }
        if (ch == 0x2029) {
            return PARAGRAPH_SEPARATOR;
        }
        return null;
    }
}
