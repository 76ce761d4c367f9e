/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import io.netty.buffer.ByteBuf;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 both ways. The engine sends valid UTF-8, so a body that is not is broken and is refused rather than
 * decoded with replacement characters (which would hand a function text the engine never sent); a string a function
 * returns with a lone UTF-16 surrogate has no UTF-8 form and is refused too, rather than written as {@code ?}.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * @param buffer bytes
     * @param index where the text starts
     * @param length its length in bytes
     * @return the text, or {@code null} when the bytes are not well-formed UTF-8
     */
    static String decode(ByteBuf buffer, int index, int length) {
        if (length == 0) {
            return "";
        }
        String text = buffer.toString(index, length, StandardCharsets.UTF_8);
        // The lenient decoder replaces every malformed sequence with U+FFFD; only then is the strict one needed.
        if (text.indexOf('\uFFFD') >= 0 && !wellFormed(buffer, index, length)) {
            return null;
        }
        return text;
    }

    private static boolean wellFormed(ByteBuf buffer, int index, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(buffer.nioBuffer(index, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * @param text a string
     * @return the index of its first lone surrogate, or -1 when it has a UTF-8 form
     */
    static int loneSurrogate(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
